"""Opening working-copy files: migrations, WAL, and refusing foreign or damaged files untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from editor.models.db import SCHEMA_HEAD, make_engine, prepare
from editor.models.errors import StoreError
from editor.models.store import Store, open_store, working_copy_path


def test_db_schema_head_matches_alembic_scripts() -> None:
    """The constant used to skip Alembic at start-up names the newest migration."""
    config = Config()
    config.set_main_option("script_location", str(Path("editor/models/migrations").resolve()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_db_new_file_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    """A new working copy gets the full schema, WAL journaling and our application id."""
    prepare(tmp_path / "w.sqlite", create=True)
    engine = make_engine(tmp_path / "w.sqlite")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    assert {"region", "language", "page", "translation", "translation_version", "operation",
            "search_index"} <= tables  # fmt: skip
    engine.dispose()


def test_db_missing_file_is_not_created_without_asking(tmp_path: Path) -> None:
    """Opening a working copy that does not exist fails and creates nothing."""
    with pytest.raises(StoreError, match="no working copy"):
        open_store(tmp_path, "nowhere")
    assert not working_copy_path(tmp_path, "nowhere").exists()


def test_db_garbage_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    """A file that is not SQLite gets a message naming it; its bytes stay as they were."""
    path = working_copy_path(tmp_path, "kaputt")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"working-copy\.sqlite.*not a readable working copy"):
        open_store(tmp_path, "kaputt")
    assert path.read_bytes() == b"this is not a database" * 100


def test_db_foreign_sqlite_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    """Another program's SQLite file is recognised as foreign and not migrated."""
    path = working_copy_path(tmp_path, "fremd")
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an Integreat Desk working copy"):
        open_store(tmp_path, "fremd")
    assert path.read_bytes() == before


def test_db_truncated_working_copy_is_reported(tmp_path: Path) -> None:
    """A working copy cut short (a damaged disk, a broken copy) gives a clear error."""
    store = open_store(tmp_path, "halb", create=True)
    store.close()
    path = store.path
    with path.open("r+b") as handle:
        handle.seek(100)  # just after the header: the schema page
        handle.write(b"\xff" * 3000)
    with pytest.raises(StoreError, match="halb"):
        Store(path).languages()


def test_db_invalid_region_slug_is_refused(tmp_path: Path) -> None:
    """A slug that could escape the data directory is refused."""
    with pytest.raises(StoreError, match="not a valid region slug"):
        open_store(tmp_path, "../etc")


def _schema(path: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    return {(t, n, " ".join((s or "").split())) for t, n, s in rows} | {
        ("version", str(version), str(app_id))
    }


def test_db_new_file_schema_equals_the_migrations(tmp_path: Path) -> None:
    """A working copy created from schema.sql is the one the Alembic migrations build (rerun
    scripts/dump_schema.py after adding a migration)."""
    from editor.models.db import _migrate

    created = tmp_path / "created.sqlite"
    prepare(created, create=True)
    migrated = tmp_path / "migrated.sqlite"
    sqlite3.connect(migrated).close()
    _migrate(migrated)
    assert _schema(created) == _schema(migrated)


def test_db_unit_is_one_transaction_even_when_it_starts_with_a_savepoint(tmp_path: Path) -> None:
    """A unit of work whose first statement is a savepoint (each pull action runs in one) is still one
    transaction: another connection sees nothing of it until it ends, and an error after the savepoint
    rolls back what the savepoint wrote. (pysqlite alone would let the savepoint's RELEASE commit.)"""
    store = open_store(tmp_path, "testhausen", create=True)
    other = sqlite3.connect(store.path)
    try:
        with store.unit() as unit:
            with unit.savepoint():
                unit.set_sync_meta(probe="written")
            seen = other.execute("SELECT count(*) FROM sync_meta WHERE key = 'probe'").fetchone()[0]
        assert seen == 0  # not visible before the unit ended
        assert other.execute("SELECT value FROM sync_meta WHERE key = 'probe'").fetchone() == ("written",)

        def fail_after_a_savepoint() -> None:
            with store.unit() as unit:
                with unit.savepoint():
                    unit.set_sync_meta(probe="second")
                raise RuntimeError("after the savepoint")

        with pytest.raises(RuntimeError):
            fail_after_a_savepoint()
        assert other.execute("SELECT value FROM sync_meta WHERE key = 'probe'").fetchone() == ("written",)
    finally:
        other.close()
        store.close()
