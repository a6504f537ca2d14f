"""The working-copy store: the only way the app reads and changes a region's local content.

Reads use plain SQL on a per-thread ``sqlite3`` connection (fast start-up, no ORM objects on hot paths);
changes go through SQLAlchemy sessions, one transaction each, and return a :class:`Changes` set.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.models import store_reads
from editor.models.changes import Changes
from editor.models.db import (
    DB_ERRORS,
    Connections,
    Undecodable,
    prepare,
    rows,
)
from editor.models.db import cause as error_cause
from editor.models.db import reason as error_reason
from editor.models.enums import Direction, Status
from editor.models.errors import StoreError, UnreadableError, WorkingCopyLostError
from editor.models.reading import (
    clean,
    read_translation,
    scan_translations,
    short,
)
from editor.models.records import (
    LanguageInfo,
    PageRow,
    RegionInfo,
    SearchHit,
    TranslationData,
    VersionInfo,
)
from editor.models.tree_check import TreeProblem, check_tree
from editor.models.wal_guard import WalGuard

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from editor.models.operations import Operation
    from editor.models.sync_reads import ConflictData
    from editor.models.unit import Unit

WORKING_COPY_FILE = "working-copy.sqlite"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_TRANSLATION_COLUMNS = (
    "id, page_id, language_code, title, slug, content, status, changed_locally, server_updated_at, "
    "local_updated_at, base_token, base_hash, base_title, base_content"
)


def utcnow() -> datetime:
    """Naive UTC now: the store keeps every timestamp in naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def db_time(stamp: datetime | None) -> str | None:
    """A naive-UTC time as the working copy stores it (the format SQLAlchemy reads back)."""
    return stamp.strftime("%Y-%m-%d %H:%M:%S.%f") if stamp is not None else None


@functools.lru_cache(maxsize=1024)
def content_hash(html: str) -> str:
    """Hash of a text as the CMS would compare it (normalised DOM).

    Remembered for the last 1,024 texts: a pull compares and records the same texts more than once,
    and regions repeat texts (empty ones, shared boilerplate)."""
    from editor.text.normal_form import normalise_html

    return hashlib.sha256(normalise_html(html).encode("utf-8")).hexdigest()


def working_copy_path(data_dir: Path, region_slug: str) -> Path:
    """Where the working copy of ``region_slug`` lives inside ``data_dir``."""
    if not _SLUG.match(region_slug):
        raise StoreError(f"{region_slug!r} is not a valid region slug", "bad_slug", region=region_slug)
    return data_dir / "regions" / region_slug / WORKING_COPY_FILE


def open_store(data_dir: Path, region_slug: str, *, create: bool = False) -> Store:
    """Open the working copy of ``region_slug`` in ``data_dir`` (``create`` makes a new one)."""
    return Store(working_copy_path(Path(data_dir), region_slug), create=create)


class Store:
    """One region's working copy in one SQLite file."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = path
        #: True when the file or its folder is not writable: the copy is opened for reading only and
        #: every change raises :class:`StoreError` (the window locks editing and says so once).
        self.read_only: bool = prepare(path, create=create)
        self._db = Connections(path, read_only=self.read_only)
        self._sessions: sessionmaker[Session] | None = None
        self._guard = WalGuard(path)
        self._rows("SELECT count(*) FROM sqlite_master")  # holds the file (and its -wal) open
        self._guard.record()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (loaded on first use)."""
        engine = self._db.engine
        from sqlalchemy import event

        if not event.contains(engine, "begin", self._guard.on_transaction):
            # every transaction, whoever starts it, first checks that the write-ahead log is still ours
            event.listen(engine, "begin", self._guard.on_transaction)
            event.listen(engine, "commit", self._guard.on_transaction)
        return engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Session factory for changes (loaded on first use)."""
        self.check_writable()
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    @property
    def lost(self) -> bool:
        """True once the write-ahead log was found removed or replaced: nothing more is written."""
        return self._guard.lost

    def check_intact(self) -> None:
        """Raise :class:`WorkingCopyLostError` when the write-ahead log was removed or replaced."""
        self._guard.check()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 transaction on this thread's connection (bulk writes without the ORM)."""
        self.check_writable()
        self._guard.check()
        conn = self._db.raw()
        try:
            with conn:  # commits, or rolls back on an exception
                yield conn
                self._guard.check()
        except DB_ERRORS as exc:
            self._guard.check()
            raise StoreError(
                f"{self.path}: writing failed ({error_reason(exc)})",
                "write_failed",
                path=self.path,
                **error_cause(exc),
            ) from exc
        self._guard.check()

    def check_writable(self) -> None:
        """Raise :class:`StoreError` when the working copy was opened read-only."""
        if self.read_only:
            raise StoreError(
                f"{self.path}: the working copy is read-only; nothing was saved", "read_only", path=self.path
            )

    def close(self) -> None:
        """Fold the write-ahead log into the file and release it."""
        try:
            self._db.close()
        except sqlite3.DatabaseError:
            if not self.lost:
                raise

    # -- reads ------------------------------------------------------------------------------------
    def _rows(self, sql: str, params: Any = (), *, lenient: bool = False) -> list[Any]:
        try:
            return rows(self._db.raw(), sql, params, path=self.path, lenient=lenient)
        except StoreError:
            self._guard.check()  # "disk I/O error" after the log vanished: say what happened
            raise

    def region(self) -> RegionInfo | None:
        """The region, or None for a working copy that has not been filled yet."""
        found = self._rows("SELECT slug, name, cms_url FROM region LIMIT 1", lenient=True)
        return RegionInfo(*(clean(v) for v in found[0])) if found else None

    def languages(self) -> list[LanguageInfo]:
        """The region's languages, the source language first."""
        found = self._rows(
            "SELECT code, bcp47_tag, native_name, direction, parent_code FROM language "
            "ORDER BY position, code",
            lenient=True,
        )
        languages = []
        for code, tag, name, direction, parent in found:
            undecodable = any(isinstance(v, Undecodable) for v in (code, tag, parent))
            if undecodable or direction not in ("LTR", "RTL"):
                raise StoreError(
                    f"{self.path}: the language {clean(code)!r} cannot be read (text direction "
                    f"{short(direction)}, or a code that is not valid UTF-8)",
                    "bad_language",
                    path=self.path,
                    language=clean(code),
                )
            languages.append(LanguageInfo(code, tag, clean(name), Direction[direction], parent))
        return languages

    def page_tree(self, page_ids: Collection[int] | None = None) -> list[PageRow]:
        """Every page (or those in ``page_ids``) with its per-language title and state (one query;
        :func:`editor.models.store_reads.page_tree`)."""
        return store_reads.page_tree(self, page_ids)

    def checked_tree(self) -> tuple[list[PageRow], list[TreeProblem]]:
        """Every page, with pages in a parent cycle or under a missing parent moved to the top level,
        and the problems found (linear in the number of pages)."""
        return check_tree(self.page_tree())

    def translation(self, page_id: int, language: str) -> TranslationData | None:
        """One page in one language, or None when it has no translation yet.

        A row that cannot be read (text that is not UTF-8, an unknown status or date) raises
        :class:`UnreadableError` naming the page and the language.
        """
        try:
            found = self._rows(
                f"SELECT {_TRANSLATION_COLUMNS} FROM translation WHERE page_id = ? AND language_code = ?",
                (page_id, language),
                lenient=True,
            )
        except (WorkingCopyLostError, UnreadableError):
            raise
        except StoreError as exc:  # a damaged file: this page cannot be read
            why = error_reason(exc.__cause__) if exc.__cause__ is not None else str(exc)
            message = f"{self.path}: page {page_id} ({language}) cannot be read: {why}"
            why_params: dict[str, str] = {
                key: exc.params[key] for key in ("cause", "detail") if key in exc.params
            }
            raise UnreadableError(message, page_id, language, cause=why_params) from exc
        return read_translation(found[0], self.path) if found else None

    def local_edits(self) -> list[tuple[int, str, str, str]]:
        """(page id, language, title, HTML) of every translation changed here and not yet sent.

        Read through the connections already open, so after the write-ahead log was removed it still
        sees what was saved into it; an empty list when even that fails.
        """
        try:
            found = self._rows(
                "SELECT page_id, language_code, title, content FROM translation "
                "WHERE changed_locally = 1 ORDER BY page_id, language_code"
            )
        except StoreError:
            return []
        return [(int(p), str(lang), str(t), str(c)) for p, lang, t, c in found]

    def iter_translations(
        self, language: str | None = None, *, on_unreadable: Callable[[UnreadableError], None] | None = None
    ) -> Iterator[TranslationData]:
        """Every translation (of one language), in page order.

        A row that cannot be read raises :class:`UnreadableError`; with ``on_unreadable`` it is handed
        to that callback instead and the scan goes on with the next row.
        """
        yield from scan_translations(self._db.raw(), self.path, _TRANSLATION_COLUMNS, language, on_unreadable)

    def published_texts(self, language: str) -> list[str]:
        """The texts of every published page in ``language`` (unreadable ones left out)."""
        return store_reads.published_texts(self, language)

    def published_pages(self, language: str) -> list[tuple[int, str]]:
        """``(page id, title and text)`` of every published page in ``language`` (unreadable: left out)."""
        return store_reads.published_pages(self, language)

    def history(self, page_id: int, language: str) -> list[VersionInfo]:
        """Earlier local versions of a translation, newest first."""
        return store_reads.history(self, page_id, language)

    def outbox_count(self) -> int:
        """How many operations wait to be sent."""
        return int(self._rows("SELECT count(*) FROM operation")[0][0])

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over titles and texts, title matches first
        (:func:`editor.models.store_reads.search`)."""
        return store_reads.search(self, query, limit)

    def operations(self) -> list[Operation]:
        """The outbox: every operation waiting to be sent, in queue order (see docs/api.md)."""
        from editor.models.operations import from_row

        found = self.query(
            "SELECT o.id, o.kind, o.page_id, o.translation_id, o.payload, o.queued_at, o.attempts, "
            "o.last_error, o.conflict, t.language_code FROM operation o "
            "LEFT JOIN translation t ON t.id = o.translation_id ORDER BY o.queued_at, o.id"
        )
        return [from_row(tuple(row[:9]), row[9]) for row in found]

    def conflicts(self) -> list[ConflictData]:
        """Every translation in conflict (base, mine, theirs), in page order."""
        from editor.models import sync_reads

        return sync_reads.conflicts(self)

    def sync_meta(self) -> dict[str, str]:
        """Region-wide sync facts (``last_pull_at``, ``user``)."""
        from editor.models import sync_reads

        return sync_reads.sync_meta(self)

    def query(self, sql: str, params: Any = (), *, lenient: bool = False) -> list[Any]:
        """A read-only SQL query on this thread's connection (for the readers in ``editor.models``);
        ``lenient``: text that is not UTF-8 comes back as :class:`~editor.models.db.Undecodable`."""
        return self._rows(sql, params, lenient=lenient)

    # -- changes: every write goes through one unit of work ----------------------------------------
    @contextmanager
    def unit(self) -> Iterator[Unit]:
        """One transaction of writes (see :mod:`editor.models.unit`): committed when the block ends,
        rolled back as a whole on an exception. ``unit.changes`` says what it touched."""
        from sqlalchemy.exc import SQLAlchemyError

        from editor.models.unit import Unit

        try:
            with self.sessions.begin() as session:
                yield Unit(session, str(self.path))
        except SQLAlchemyError as exc:
            self._guard.check()  # the write-ahead log vanished: say so (WorkingCopyLostError)
            raise StoreError(
                f"{self.path}: writing failed ({error_reason(exc)})",
                "write_failed",
                path=self.path,
                **error_cause(exc),
            ) from exc
        self._guard.check()

    def save_translation(
        self,
        page_id: int,
        language: str,
        *,
        title: str,
        content: str,
        status: Status | None = None,
        minor_edit: bool = False,
        reason: str = "edit",
    ) -> Changes:
        """Save a local edit atomically: history, the new text, the search index and the outbox.

        ``reason`` labels the history entry of the replaced text ("edit", "restore", …). Raises
        :class:`WorkingCopyLostError` when the write-ahead log was removed before or during the save: the
        text is then not in the file, and the caller must keep it.
        """
        from sqlalchemy.exc import SQLAlchemyError

        errors: tuple[type[Exception], ...] = (SQLAlchemyError, *DB_ERRORS)
        try:
            with self.unit() as u:
                u.save_text(
                    page_id, language, title=title, content=content, status=status, minor_edit=minor_edit,
                    reason=reason,
                )  # fmt: skip
        except WorkingCopyLostError:
            raise
        except errors as exc:  # the message names file and page, never SQL or the text
            self._guard.check()
            raise StoreError(
                f"{self.path}: saving page {page_id} ({language}) failed ({error_reason(exc)})",
                "save_failed",
                path=self.path,
                page=page_id,
                language=language,
                **error_cause(exc),
            ) from exc
        except StoreError as exc:
            cause = exc.__cause__
            if cause is not None and isinstance(cause, (SQLAlchemyError, *DB_ERRORS)):
                why = error_reason(cause)
                raise StoreError(
                    f"{self.path}: saving page {page_id} ({language}) failed ({why})",
                    "save_failed",
                    path=self.path,
                    page=page_id,
                    language=language,
                    **error_cause(cause),
                ) from cause
            raise
        return u.changes

    def restore_version(self, version_id: int) -> Changes:
        """Make an earlier version's title and text current again (the current text goes into history
        first). The publication status stays as it is: restoring never publishes."""
        with self.unit() as u:
            u.restore_version(version_id)
        return u.changes

    def set_status(self, page_id: int, language: str, status: Status) -> Changes:
        """Set a translation's status (draft / review / published); sent by the next push."""
        with self.unit() as u:
            u.set_status(page_id, language, status)
        return u.changes

    def create_page(
        self, ref_page_id: int | None, position: str, language: str, title: str, slug: str = ""
    ) -> tuple[int, Changes]:
        """A new page at ``position`` (``first-child``, ``left``, ``right``) of ``ref_page_id`` with
        a draft titled ``title`` in ``language``; returns its local id.
        Created in the CMS by the next push."""
        with self.unit() as u:
            page_id = u.create_page(ref_page_id, position, language, title, slug)
        return page_id, u.changes

    def move_page(self, page_id: int, ref_page_id: int, position: str) -> Changes:
        """Move a page to ``position`` of ``ref_page_id``; moved in the CMS by the next push."""
        with self.unit() as u:
            u.move_page(page_id, ref_page_id, position)
        return u.changes

    def archive_page(self, page_id: int) -> Changes:
        """Archive a page (and so its subtree); archived in the CMS by the next push."""
        with self.unit() as u:
            u.archive_page(page_id)
        return u.changes

    def restore_page(self, page_id: int) -> Changes:
        """Restore an archived page; restored in the CMS by the next push."""
        with self.unit() as u:
            u.restore_page(page_id)
        return u.changes

    def discard_operation(self, operation_id: int) -> Changes:
        """Drop one waiting operation (see :meth:`editor.models.unit.Unit.discard`)."""
        with self.unit() as u:
            u.discard(operation_id)
        return u.changes

    def send_kept_again(self, languages: Collection[str]) -> Changes:
        """Queue the kept texts the CMS no longer holds (:meth:`editor.models.unit.Unit.send_kept_again`)."""
        with self.unit() as u:
            u.send_kept_again(languages)
        return u.changes

    def confirm_current(
        self, page_id: int, languages: Collection[str] | None = None, *, at: datetime | None = None
    ) -> Changes:
        """ "Still up to date" and "Still valid" (one action): the page's translations in ``languages``
        (None: all it has) are confirmed now (or ``at``), up to date with their source text as it is
        now, and the CMS is told so by the next push (see :meth:`editor.models.unit_base.SourceBases.
        confirm_current`)."""
        with self.unit() as u:
            u.confirm_current(page_id, languages, at or utcnow())
        return u.changes

    def resolve_conflict(self, page_id: int, language: str, title: str, content: str) -> Changes:
        """Resolve a conflict: the merged text becomes mine, theirs the base; it stays queued."""
        with self.unit() as u:
            u.resolve_conflict(page_id, language, title, content)
        return u.changes
