"""Opening a working-copy SQLite file: identity check, migrations, connections.

Start-up reads go through plain ``sqlite3`` connections (one per thread): importing SQLAlchemy costs
more than everything else the first window needs, so it is loaded only for writes, imports and
migrations (see docs/decisions/0001-architecture.md).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from editor.models.enums import APPLICATION_ID
from editor.models.errors import StoreError, failure
from editor.models.filelock import exclusive_lock

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: Every schema revision this version knows, oldest first; a file at another revision comes from a
#: newer Integreat Desk. The last one is the newest migration (checked against Alembic by a test).
KNOWN_REVISIONS = ("0001", "0002", "0003", "0005", "0006", "0007", "0008", "0009", "0010")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
#: Tables every known revision has; a file with our application id but without them is not ours.
_CORE_TABLES = frozenset({"alembic_version", "region", "language", "page", "translation"})
#: The outbox's table: ``outbox`` (texts only) up to 0005, ``operation`` (typed operations) from 0006.
_OUTBOX_TABLE = {
    "0006": "operation",
    "0007": "operation",
    "0008": "operation",
    "0009": "operation",
    "0010": "operation",
}
_MIGRATIONS = Path(__file__).with_name("migrations")
#: The schema at SCHEMA_HEAD, for new files (scripts/dump_schema.py writes it; a test compares it with
#: what the migrations build).
_SCHEMA_SQL = Path(__file__).with_name("schema.sql")
#: Leftovers of an interrupted creation: ours (temporary files) and older versions' (``.partial``).
_LEFTOVER_PATTERNS = (".{name}.*.tmp", "{name}.partial*")


#: What SQLite raises on a damaged file: its own errors, and ``UnicodeDecodeError`` when the error
#: message it builds holds bytes of the damaged file that are not UTF-8.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, UnicodeDecodeError)


class Undecodable(str):
    """Text of a row that is not valid UTF-8, kept with surrogate escapes (only on the lenient read)."""


def configure(connection: sqlite3.Connection) -> None:
    """Pragmas every connection gets."""
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA synchronous = NORMAL")


def has_content(path: Path) -> bool:
    """True when ``path`` is a non-empty file (a 0-byte leftover counts as no working copy)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def writable(path: Path) -> bool:
    """True when both the file and its folder (where SQLite keeps its ``-wal``/``-shm``) are writable."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to ``path``; ``read_only`` opens it so that nothing is ever written.

    A read-only file in a writable folder is opened ``mode=ro`` (the write-ahead log is honoured); in a
    read-only folder, where SQLite cannot make its ``-shm`` file, it is opened as immutable.
    """
    if not read_only:
        return sqlite3.connect(path, check_same_thread=False)
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def prepare(path: Path, *, create: bool) -> bool:
    """Check that ``path`` is a working copy at a schema we know; create or migrate it if needed.

    Returns True when the file can only be read (file or folder not writable): it is then opened
    read-only and never migrated. Raises :class:`StoreError` for a missing file (unless ``create``), a
    file that is not SQLite, a damaged database, an SQLite file of another program or a working copy of
    a newer version — each left unchanged.
    """
    if not has_content(path):
        if not create:
            raise StoreError(f"{path}: no working copy here", "missing", path=path)
        create_file(path)
        return False
    read_only = not writable(path)
    try:
        conn = connect(path, read_only=read_only)
        try:
            _check_identity(conn, path)
            revision = _check_schema(conn, path)
            if revision != SCHEMA_HEAD and not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    except DB_ERRORS as exc:
        raise StoreError(
            f"{path}: not a readable working copy ({reason(exc)})", "unreadable_file", path=path, **cause(exc)
        ) from exc
    if revision != SCHEMA_HEAD:
        if read_only:
            raise StoreError(
                f"{path}: made by an older version of Integreat Desk and read-only, so it cannot be "
                "upgraded; make it writable and open it again",
                "old_read_only",
                path=path,
            )
        _migrate(path)
    return read_only


def create_file(path: Path, fill: Callable[[Path], None] | None = None) -> bool:
    """Create a working copy at ``path`` unless one is there; ``fill`` adds content before it appears.

    The file is built under a lock in a temporary file in the same folder and renamed into place when
    complete, so concurrent first starts build it once and nobody ever sees a half-made copy. Returns
    False when another process made it meanwhile.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"{path.parent}: cannot create the folder ({exc.strerror})",
            "no_folder",
            path=path.parent,
            **cause(exc),
        ) from exc
    with exclusive_lock(path.with_name(path.name + ".lock")):
        if has_content(path):
            return False
        for pattern in _LEFTOVER_PATTERNS:  # nobody else is building: these are stale
            for stale in path.parent.glob(pattern.format(name=path.name)):
                _remove_with_journal(stale)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            _create(temporary)
            if fill is not None:
                fill(temporary)
            _settle(temporary)
            os.replace(temporary, path)
        except BaseException:
            _remove_with_journal(temporary)
            raise
    return True


def _settle(path: Path) -> None:
    """Fold the write-ahead log of a finished new file into it, so the file alone holds everything."""
    try:
        conn = sqlite3.connect(path)
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except DB_ERRORS as exc:
        raise StoreError(
            f"{path}: the new working copy cannot be completed ({reason(exc)})",
            "not_completed",
            path=path,
            **cause(exc),
        ) from exc
    if busy:
        raise StoreError(
            f"{path}: the new working copy cannot be completed (its log is in use)",
            "not_completed",
            path=path,
            cause="locked",
        )
    for suffix in ("-wal", "-shm"):  # empty after the checkpoint (SQLite removes them on close)
        leftover = Path(f"{path}{suffix}")
        if leftover.exists() and leftover.stat().st_size and suffix == "-wal":
            raise StoreError(
                f"{path}: the new working copy cannot be completed (its log is not empty)",
                "not_completed",
                path=path,
                cause="log_not_empty",
            )
        with suppress(OSError):
            leftover.unlink(missing_ok=True)


def _remove_with_journal(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def cause(exc: BaseException) -> dict[str, str]:
    """The ``cause`` and ``detail`` parameters of a :class:`StoreError` for a SQLite or file failure."""
    return failure(exc, reason(exc))


def reason(exc: BaseException) -> str:
    """What went wrong, without SQL, parameters or stored text (safe for messages)."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the sqlite3 error; its str holds SQL and data
    if isinstance(orig if orig is not None else exc, UnicodeDecodeError):
        return "the file's structure is damaged"
    text = str(orig if orig is not None else exc)
    if text.startswith("Could not decode to UTF-8"):
        return "text that is not valid UTF-8"
    return text.splitlines()[0][:200] if text else type(exc).__name__


def is_decode_error(exc: BaseException) -> bool:
    """True for sqlite3's error on text that is not valid UTF-8."""
    return str(exc).startswith("Could not decode to UTF-8")


def lenient_rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[Any]:
    """Run a read query keeping undecodable text as :class:`Undecodable` (callers report those rows)."""
    previous = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.text_factory = previous


def _lenient_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(raw.decode("utf-8", "surrogateescape"))


class Connections:
    """One ``sqlite3`` connection per thread for reads (and the engine, made on first use)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._local = threading.local()
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    def raw(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path, read_only=self.read_only)
            configure(conn)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (imports SQLAlchemy on first use)."""
        with self._lock:
            if self._engine is None:
                self._engine = make_engine(self.path, read_only=self.read_only)
            return self._engine

    def close(self) -> None:
        """Checkpoint the write-ahead log (when the file is writable) and close everything.

        Never raises: a file that became unwritable or damaged meanwhile keeps its log, which SQLite
        folds in at the next open.
        """
        with self._lock:
            conns, self._all = self._all, []
            engine, self._engine = self._engine, None
        with suppress(Exception):
            if engine is not None:
                engine.dispose()
        for conn in conns:
            with suppress(*DB_ERRORS):
                conn.close()
        self._local = threading.local()
        if self.read_only or not has_content(self.path):
            return
        try:
            final = sqlite3.connect(self.path)
            try:
                final.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                final.close()
        except DB_ERRORS as exc:
            log.warning("%s: the write-ahead log was not folded in at close (%s)", self.path, reason(exc))


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine on ``path`` with our pragmas (``read_only``: on read-only connections)."""
    from sqlalchemy import create_engine, event

    if read_only:
        engine = create_engine("sqlite://", creator=lambda: connect(path, read_only=True))
    else:
        engine = create_engine(f"sqlite:///{path}")

    def on_connect(conn: sqlite3.Connection, _record: object) -> None:
        configure(conn)
        conn.isolation_level = None  # the driver begins nothing itself: see on_begin

    def on_begin(conn: Any) -> None:
        # One unit of work is one SQLite transaction from its first statement on, also when that is a
        # SAVEPOINT (pysqlite would begin only before the first INSERT/UPDATE/DELETE, and the RELEASE of
        # a savepoint opened outside a transaction commits on its own). IMMEDIATE takes the write lock
        # at once (waiting up to busy_timeout), so a unit that reads first never fails to upgrade.
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def _create(path: Path) -> None:
    """A new working copy at the newest schema, in one transaction, without SQLAlchemy or Alembic."""
    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(
            f"{path.parent}: cannot create a working copy here ({reason(exc)})",
            "not_created",
            path=path.parent,
            **cause(exc),
        ) from exc
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        for statement in _SCHEMA_SQL.read_text(encoding="utf-8").split(";\n"):
            body = "\n".join(line for line in statement.splitlines() if not line.startswith("--"))
            if body.strip():
                conn.execute(body)
        conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (SCHEMA_HEAD,))
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{path.parent}: cannot create a working copy here ({reason(exc)})",
            "not_created",
            path=path.parent,
            **cause(exc),
        ) from exc
    finally:
        conn.close()


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise StoreError(
            f"{path}: this SQLite file is not an Integreat Desk working copy; it was left unchanged",
            "foreign_file",
            path=path,
        )
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the schema pages


def checked_schema(conn: sqlite3.Connection, path: Path) -> str:
    """The schema revision of the working copy open in ``conn`` (at ``path``), after checking that it is
    one of ours and has our tables (StoreError otherwise)."""
    return _check_schema(conn, path)


def _check_schema(conn: sqlite3.Connection, path: Path) -> str:
    """The file's schema revision, after checking that it is one of ours and has our tables."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        raise StoreError(
            f"{path}: this SQLite file carries the Integreat Desk mark but is not a working copy "
            "(it has no schema version); it was left unchanged",
            "no_schema",
            path=path,
        )
    found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(found) != 1:
        raise StoreError(
            f"{path}: the working copy's schema version is damaged; it was left unchanged",
            "schema_damaged",
            path=path,
        )
    revision = str(found[0][0])
    if revision not in KNOWN_REVISIONS:
        raise StoreError(
            f"{path}: made by a newer version of Integreat Desk (schema {revision[:40]!r}); update "
            "Integreat Desk to open it. It was left unchanged",
            "newer_schema",
            path=path,
        )
    missing = sorted(_CORE_TABLES - tables | {_OUTBOX_TABLE.get(revision or "", "outbox")} - tables)
    if missing:
        raise StoreError(
            f"{path}: not a complete working copy (no table {', '.join(missing)}); it was left unchanged",
            "incomplete",
            path=path,
            tables=", ".join(missing),
        )
    return revision


def _migrate(path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError
    from sqlalchemy.exc import DatabaseError

    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(_MIGRATIONS))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except (DatabaseError, CommandError) as exc:
        raise StoreError(
            f"{path}: the working copy cannot be upgraded ({reason(exc)})",
            "not_upgraded",
            path=path,
            **cause(exc),
        ) from exc
    finally:
        engine.dispose()


def rows(
    conn: sqlite3.Connection, sql: str, params: Any = (), *, path: Path | None = None, lenient: bool = False
) -> list[Any]:
    """Run a read query on a raw connection, turning SQLite errors into :class:`StoreError`.

    With ``lenient``, text that is not valid UTF-8 does not fail the query: it comes back as
    :class:`Undecodable`, for the caller to report the row it belongs to.
    """
    try:
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if not lenient or not is_decode_error(exc):
                raise
            return lenient_rows(conn, sql, params)
    except DB_ERRORS as exc:
        where = f"{path}: " if path is not None else ""
        raise StoreError(
            f"{where}reading the working copy failed ({reason(exc)})",
            "read_failed",
            path=path or "",
            **cause(exc),
        ) from exc
