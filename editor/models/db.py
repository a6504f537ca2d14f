"""Opening a working-copy SQLite file: engine, pragmas, identity check and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError

from editor.models.errors import StoreError
from editor.models.schema import APPLICATION_ID

#: The newest migration; checked against Alembic's script directory by a test.
SCHEMA_HEAD = "0001"
_MIGRATIONS = Path(__file__).with_name("migrations")


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def open_engine(path: Path, *, create: bool) -> Engine:
    """Open (or create) the SQLite file at ``path`` and bring its schema to the newest version.

    Raises :class:`StoreError` for a missing file (unless ``create``), a file that is not SQLite, a
    corrupt database, or an SQLite file that is not an Integreat Desk working copy.
    """
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise StoreError(f"{path}: no working copy here")
    if not existed:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    try:
        with engine.begin() as conn:
            if existed:
                _check_identity(conn, path)
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            revision = _current_revision(conn)
            if revision != SCHEMA_HEAD:
                _migrate(conn)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(f"{path}: not a readable working copy ({_reason(exc)})") from exc
    except StoreError:
        engine.dispose()
        raise
    return engine


def _check_identity(conn: Any, path: Path) -> None:
    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
    if app_id != APPLICATION_ID:
        raise StoreError(
            f"{path}: this SQLite file is not an Integreat Desk working copy; it was left unchanged"
        )
    problems = conn.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if problems != ["ok"]:
        raise StoreError(f"{path}: the working copy is damaged ({problems[0]})")


def _current_revision(conn: Any) -> str | None:
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).scalar()
    if not exists:
        return None
    value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value) if value is not None else None


def _migrate(conn: Any) -> None:
    # Imported lazily: Alembic costs start-up time and is needed only when the schema is behind.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc)
