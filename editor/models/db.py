"""Opening a working-copy SQLite file: identity check, migrations, connections.

Start-up reads go through plain ``sqlite3`` connections (one per thread): importing SQLAlchemy costs
more than everything else the first window needs, so it is loaded only for writes, imports and
migrations (see docs/decisions/0001-architecture.md).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.models.enums import APPLICATION_ID
from editor.models.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: The newest migration; checked against Alembic's script directory by a test.
SCHEMA_HEAD = "0005"
_MIGRATIONS = Path(__file__).with_name("migrations")
#: The schema at SCHEMA_HEAD, for new files (scripts/dump_schema.py writes it; a test compares it with
#: what the migrations build).
_SCHEMA_SQL = Path(__file__).with_name("schema.sql")


def configure(connection: sqlite3.Connection) -> None:
    """Pragmas every connection gets."""
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA synchronous = NORMAL")


def prepare(path: Path, *, create: bool) -> None:
    """Check that ``path`` is a working copy at the newest schema; create or migrate it if needed.

    Raises :class:`StoreError` for a missing file (unless ``create``), a file that is not SQLite, a
    damaged database, or an SQLite file of another program — which is left unchanged.
    """
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise StoreError(f"{path}: no working copy here")
    if not existed:
        path.parent.mkdir(parents=True, exist_ok=True)
        _create(path)
        return
    try:
        conn = sqlite3.connect(path)
        try:
            _check_identity(conn, path)
            revision = _current_revision(conn)
            if revision is None or revision != SCHEMA_HEAD:
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a readable working copy ({exc})") from exc
    if revision != SCHEMA_HEAD:
        _migrate(path)


class Connections:
    """One ``sqlite3`` connection per thread for reads (and the engine, made on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    def raw(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, check_same_thread=False)
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
                self._engine = make_engine(self.path)
            return self._engine

    def close(self) -> None:
        """Checkpoint the write-ahead log and close everything."""
        with self._lock:
            conns, self._all = self._all, []
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()
        for conn in conns:
            conn.close()
        self._local = threading.local()
        final = sqlite3.connect(self.path)
        try:
            final.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            final.close()


def make_engine(path: Path) -> Engine:
    """A SQLAlchemy engine on ``path`` with our pragmas."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda conn, _record: configure(conn))
    return engine


def _create(path: Path) -> None:
    """A new working copy at the newest schema, in one transaction, without SQLAlchemy or Alembic."""
    conn = sqlite3.connect(path, isolation_level=None)
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
        conn.close()
        path.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot create a working copy ({exc})") from exc
    conn.close()


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise StoreError(
            f"{path}: this SQLite file is not an Integreat Desk working copy; it was left unchanged"
        )
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the schema pages


def _current_revision(conn: sqlite3.Connection) -> str | None:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _migrate(path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.exc import DatabaseError

    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", str(_MIGRATIONS))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except DatabaseError as exc:
        raise StoreError(f"{path}: the working copy cannot be upgraded ({exc.orig})") from exc
    finally:
        engine.dispose()


def rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[Any]:
    """Run a read query on a raw connection, turning SQLite errors into :class:`StoreError`."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"reading the working copy failed ({exc})") from exc
