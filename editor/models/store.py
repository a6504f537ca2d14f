"""The working-copy store: the only way the app reads and changes a region's local content.

Every mutating call is one transaction and returns a :class:`Changes` set.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from editor.models.changes import Changes
from editor.models.db import open_engine
from editor.models.errors import StoreError
from editor.models.records import (
    LanguageInfo,
    PageCell,
    PageRow,
    RegionInfo,
    SearchHit,
    TranslationData,
    TranslationState,
    VersionInfo,
)
from editor.models.schema import Language, OutboxItem, Page, Region, Status, Translation
from editor.models.schema import TranslationVersion as Version
from editor.text.plain import html_to_plain

WORKING_COPY_FILE = "working-copy.sqlite"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


def utcnow() -> datetime:
    """Naive UTC now: the store keeps every timestamp in naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def content_hash(html: str) -> str:
    """Hash of a text as the CMS would compare it (normalised DOM)."""
    from editor.text.normal_form import normalise_html

    return hashlib.sha256(normalise_html(html).encode("utf-8")).hexdigest()


def working_copy_path(data_dir: Path, region_slug: str) -> Path:
    """Where the working copy of ``region_slug`` lives inside ``data_dir``."""
    if not _SLUG.match(region_slug):
        raise StoreError(f"{region_slug!r} is not a valid region slug")
    return data_dir / "regions" / region_slug / WORKING_COPY_FILE


def open_store(data_dir: Path, region_slug: str, *, create: bool = False) -> Store:
    """Open the working copy of ``region_slug`` in ``data_dir`` (``create`` makes a new one)."""
    return Store(working_copy_path(Path(data_dir), region_slug), create=create)


class Store:
    """One region's working copy in one SQLite file."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = path
        self.engine: Engine = open_engine(path, create=create)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        """Fold the write-ahead log into the file and release it."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.engine.dispose()

    # -- reads ------------------------------------------------------------------------------------
    def region(self) -> RegionInfo | None:
        """The region, or None for a working copy that has not been filled yet."""
        with self.sessions() as s:
            row = s.scalars(select(Region)).first()
            return RegionInfo(row.slug, row.name, row.cms_url) if row else None

    def languages(self) -> list[LanguageInfo]:
        """The region's languages, the source language first."""
        with self.sessions() as s:
            rows = s.scalars(select(Language).order_by(Language.position, Language.code))
            return [
                LanguageInfo(r.code, r.bcp47_tag, r.native_name, r.direction, r.parent_code)
                for r in rows
            ]

    def page_tree(self, page_ids: Collection[int] | None = None) -> list[PageRow]:
        """Every page (or those in ``page_ids``) with its per-language title and state.

        Raw SQL on purpose: this runs on every start and must stay fast for 40,000 translations.
        """
        parents = {lang.code: lang.parent_code for lang in self.languages()}
        where_page, where_cell, params = "", "", {}
        if page_ids is not None:
            ids = ",".join(str(int(i)) for i in page_ids) or "NULL"
            where_page, where_cell = f"WHERE id IN ({ids})", f"WHERE page_id IN ({ids})"
        with self.engine.connect() as conn:
            pages = conn.exec_driver_sql(
                "SELECT id, parent_id, position, archived, cms_page_id FROM page "
                f"{where_page} ORDER BY parent_id, position, id", params
            ).all()
            cells = conn.exec_driver_sql(
                "SELECT page_id, language_code, title, status, changed_locally, "
                "max(coalesce(server_updated_at, ''), coalesce(local_updated_at, '')) "
                f"FROM translation {where_cell}", params
            ).all()
        stamps = {(c[0], c[1]): c[5] for c in cells}
        by_page: dict[int, dict[str, PageCell]] = {}
        up_to_date, outdated = TranslationState.UP_TO_DATE, TranslationState.OUTDATED
        for page_id, code, title, status, changed, stamp in cells:
            if status == "PUBLIC":
                source = parents.get(code)
                theirs = stamps.get((page_id, source)) if source else None
                state = outdated if theirs and stamp and stamp < theirs else up_to_date
            else:
                state = _NON_PUBLIC[status]
            by_page.setdefault(page_id, {})[code] = PageCell(title, state, bool(changed))
        return [PageRow(p[0], p[1], p[2], bool(p[3]), p[4], by_page.get(p[0], {}))
                for p in pages]  # fmt: skip

    def translation(self, page_id: int, language: str) -> TranslationData | None:
        """One page in one language, or None when it has no translation yet."""
        with self.sessions() as s:
            row = s.scalars(
                select(Translation).where(
                    Translation.page_id == page_id, Translation.language_code == language
                )
            ).first()
            return _data(row) if row else None

    def iter_translations(self, language: str | None = None) -> Iterator[TranslationData]:
        """Every translation (of one language), in page order."""
        query = select(Translation).order_by(Translation.page_id, Translation.language_code)
        if language is not None:
            query = query.where(Translation.language_code == language)
        with self.sessions() as s:
            for row in s.scalars(query).yield_per(200):
                yield _data(row)

    def history(self, page_id: int, language: str) -> list[VersionInfo]:
        """Earlier local versions of a translation, newest first."""
        with self.sessions() as s:
            rows = s.scalars(
                select(Version)
                .join(Translation, Translation.id == Version.translation_id)
                .where(Translation.page_id == page_id, Translation.language_code == language)
                .order_by(Version.id.desc())
            )
            return [VersionInfo(v.id, v.title, v.content, v.status, v.saved_at, v.reason)
                    for v in rows]  # fmt: skip

    def outbox_count(self) -> int:
        """How many translations wait to be pushed."""
        with self.sessions() as s:
            return int(s.scalar(select(func.count(OutboxItem.id))) or 0)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over titles and texts (every word as a prefix, all words needed)."""
        match = _fts_query(query)
        if not match:
            return []
        sql = text(
            "SELECT t.page_id, t.language_code, t.title, "
            "snippet(search_index, 1, '«', '»', '…', 12) AS snip "
            "FROM search_index JOIN translation t ON t.id = search_index.rowid "
            "WHERE search_index MATCH :q ORDER BY rank LIMIT :n"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, {"q": match, "n": limit}).all()
        return [SearchHit(r.page_id, r.language_code, r.title, r.snip) for r in rows]

    # -- changes ----------------------------------------------------------------------------------
    def save_translation(
        self,
        page_id: int,
        language: str,
        *,
        title: str,
        content: str,
        status: Status | None = None,
        minor_edit: bool = False,
    ) -> Changes:
        """Save a local edit atomically: history, the new text, the search index and the outbox."""
        now = utcnow()
        with self.sessions.begin() as s:
            row = s.scalars(
                select(Translation).where(
                    Translation.page_id == page_id, Translation.language_code == language
                )
            ).first()
            if row is None:
                if s.get(Page, page_id) is None or s.get(Language, language) is None:
                    raise StoreError(f"{self.path}: no page {page_id} in language {language!r}")
                row = Translation(page_id=page_id, language_code=language, title=title,
                                  slug="", content=content, status=status or Status.DRAFT,
                                  changed_locally=True, local_updated_at=now)  # fmt: skip
                s.add(row)
                s.flush()
            else:
                new_status = status or row.status
                if (row.title, row.content, row.status) == (title, content, new_status):
                    return Changes()
                s.add(Version(translation_id=row.id, title=row.title, content=row.content,
                              status=row.status, saved_at=now, reason="edit"))  # fmt: skip
                row.title, row.content, row.status = title, content, new_status
                row.changed_locally, row.local_updated_at = True, now
            _index(s, row.id, title, content)
            _enqueue(s, row.id, now, minor_edit)
            return Changes(
                pages=frozenset({page_id}),
                translations=frozenset({(page_id, language)}),
                outbox=True,
            )

    def restore_version(self, version_id: int) -> Changes:
        """Make an earlier version current again (the current text goes into history first)."""
        with self.sessions() as s:
            version = s.get(Version, version_id)
            if version is None:
                raise StoreError(f"{self.path}: no version {version_id}")
            row = s.get(Translation, version.translation_id)
            assert row is not None
            page_id, language = row.page_id, row.language_code
            title, content, status = version.title, version.content, version.status
        return self.save_translation(page_id, language, title=title, content=content,
                                     status=status)  # fmt: skip

    def discard_outbox(self, page_id: int, language: str) -> Changes:
        """Forget that a translation must be pushed (after a successful push)."""
        with self.sessions.begin() as s:
            tid = s.scalar(
                select(Translation.id).where(
                    Translation.page_id == page_id, Translation.language_code == language
                )
            )
            s.execute(delete(OutboxItem).where(OutboxItem.translation_id == tid))
        return Changes(outbox=True, pages=frozenset({page_id}))


_NON_PUBLIC = {"DRAFT": TranslationState.DRAFT, "REVIEW": TranslationState.REVIEW}


def _data(row: Translation) -> TranslationData:
    return TranslationData(
        row.id, row.page_id, row.language_code, row.title, row.slug, row.content, row.status,
        row.changed_locally, row.server_updated_at, row.local_updated_at, row.base_token,
        row.base_hash, row.base_title, row.base_content,
    )  # fmt: skip


def _index(s: Session, translation_id: int, title: str, content: str) -> None:
    s.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": translation_id})
    s.execute(
        text("INSERT INTO search_index(rowid, title, body) VALUES (:id, :title, :body)"),
        {"id": translation_id, "title": title, "body": html_to_plain(content)},
    )


def _enqueue(s: Session, translation_id: int, now: datetime, minor_edit: bool) -> None:
    item = s.scalars(select(OutboxItem).where(OutboxItem.translation_id == translation_id)).first()
    if item is None:
        s.add(OutboxItem(translation_id=translation_id, queued_at=now, minor_edit=minor_edit,
                         attempts=0))  # fmt: skip
    else:
        item.minor_edit = item.minor_edit and minor_edit
        item.last_error = None


def _fts_query(query: str) -> str:
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"*' for w in words)


def index_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search-index parameters for bulk inserts: ``rows`` have ``id``, ``title``, ``content``."""
    return [{"id": r["id"], "title": r["title"], "body": html_to_plain(r["content"])} for r in rows]
