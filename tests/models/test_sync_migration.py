"""Upgrading a 0001 working copy WITH DATA to the newest schema in place, and the sync store API on it."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from editor.models.db import SCHEMA_HEAD, make_engine
from editor.models.operations import EditText
from editor.models.store import Store, open_store, working_copy_path
from editor.models.sync_reads import RemoteText, TreeSeen, outbox_items
from editor.text.links import Link, pack_links, unpack_links
from tests.models.factories import fill_small_region


def _make_0001(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
        config = Config()
        config.set_main_option("script_location", str(Path("editor/models/migrations").resolve()))
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()


def test_sync_migration_upgrades_0001_with_data_in_place(tmp_path: Path) -> None:
    """A 0001 file with pages, texts, history and outbox opens at the newest schema with everything kept."""
    path = working_copy_path(tmp_path, "teststadt")
    _make_0001(path)
    old = Store.__new__(Store)  # fill it through the 0001 schema without upgrading first
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()
    del old
    # import through a store opened at 0002 would upgrade first, so insert the data at 0001 by
    # importing into a separate copy and copying rows over with plain SQL
    donor = open_store(tmp_path / "donor", "teststadt", create=True)
    fill_small_region(donor)
    linked = '<p>lokal, <a href="https://beratung.example/termine">Termine</a></p>'
    donor.save_translation(1, donor.languages()[0].code, title="Lokal", content=linked)
    donor.close()
    conn = sqlite3.connect(path)
    conn.execute(f"ATTACH DATABASE '{donor.path}' AS d")
    for table in ("region", "language", "page", "translation", "translation_version"):
        columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO {table} SELECT {columns} FROM d.{table}")
    conn.execute(
        "INSERT INTO outbox (translation_id, queued_at, minor_edit, attempts) "
        "SELECT translation_id, queued_at, 1, attempts FROM d.operation"
    )
    conn.commit()
    conn.execute("DETACH DATABASE d")
    before = conn.execute("SELECT id, title, content FROM translation ORDER BY id").fetchall()
    conn.close()
    store = open_store(tmp_path, "teststadt")
    rows = store.query("SELECT id, title, content FROM translation ORDER BY id")
    assert [tuple(r) for r in rows] == before
    assert store.outbox_count() == 1
    [kept] = store.operations()
    assert isinstance(kept, EditText)
    assert kept.minor_edit
    assert store.query("SELECT version_num FROM alembic_version")[0][0] == SCHEMA_HEAD == "0010"
    # 0010 found every text's links (the edited one's among them) with their labels
    kept_links = store.query("SELECT translation_id, links FROM translation_link ORDER BY translation_id")
    assert [tuple(r) for r in kept_links] == [(tid, pack_links(content)) for tid, _title, content in before]
    start = linked.index("https://")
    edited = dict(kept_links)[1]
    assert unpack_links(edited) == [Link("https://beratung.example/termine", start, start + 32, "Termine")]
    indexes = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "ix_translation_tree" in indexes
    assert store.conflicts() == []
    store.close()


def test_sync_migration_store_records_and_resolves_conflicts(tmp_path: Path) -> None:
    """Theirs is kept next to base and mine; resolving keeps the status and queues the text."""
    store = open_store(tmp_path, "teststadt", create=True)
    fill_small_region(store)
    tree = store.page_tree()
    page = tree[0]
    lang = store.languages()[0].code
    store.query("SELECT 1")
    with store.sessions.begin() as s:
        s.execute(
            __import__("sqlalchemy").text("UPDATE page SET cms_page_id = 500 WHERE id = :p"), {"p": page.id}
        )
    seen = TreeSeen("s1|PUBLIC", 1, "PUBLIC", "Server", "server", None)
    with store.unit() as unit:
        unit.take_server_text(500, lang, RemoteText("Server", "<p>base</p>", "PUBLIC", seen))
    store.save_translation(page.id, lang, title="Server", content="<p>mine</p>")
    current = store.translation(page.id, lang)
    assert current is not None
    theirs = RemoteText(
        "Server", "<p>theirs</p>", "PUBLIC", TreeSeen("s2|PUBLIC", 2, "PUBLIC", "Server", "server", None)
    )
    with store.unit() as unit:
        unit.record_conflict(current.id, theirs)
    [conflict] = store.conflicts()
    assert (conflict.base_content, conflict.mine_content, conflict.theirs_content) == (
        "<p>base</p>", "<p>mine</p>", "<p>theirs</p>",
    )  # fmt: skip
    status = current.status
    store.resolve_conflict(page.id, lang, "Server", "<p>mine</p><p>theirs</p>")
    after = store.translation(page.id, lang)
    assert after is not None
    assert (after.content, after.status, after.base_content) == (
        "<p>mine</p><p>theirs</p>",
        status,
        "<p>theirs</p>",
    )
    assert store.conflicts() == []
    assert [i.page_id for i in outbox_items(store)] == [page.id]
    store.close()


def test_links_migration_skips_a_damaged_text(tmp_path: Path) -> None:
    """0010 fills the kept links of every readable text; a text that is not UTF-8 gets no row (the link
    check then reads that text and reports it) instead of stopping the upgrade."""
    import sqlite3

    store = open_store(tmp_path, "teststadt", create=True)
    fill_small_region(store)
    first = store.languages()[0].code
    store.save_translation(1, first, title="Lokal", content='<p><a href="https://a.example/">A</a></p>')
    path = store.path
    store.close()
    engine = make_engine(path)
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(Path("editor/models/migrations").resolve()))
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    engine.dispose()
    conn = sqlite3.connect(path)
    damaged = conn.execute("SELECT max(id) FROM translation").fetchone()[0]
    conn.execute(
        "UPDATE translation SET content = CAST(X'3C703EFF3C2F703E' AS TEXT) WHERE id = ?", (damaged,)
    )
    conn.commit()
    conn.close()
    store = open_store(tmp_path, "teststadt")
    try:
        kept = dict(store.query("SELECT translation_id, links FROM translation_link"))
        ids = [row[0] for row in store.query("SELECT id FROM translation ORDER BY id")]
        assert sorted(kept) == [tid for tid in ids if tid != damaged]
        assert "https://a.example/" in kept[1]
    finally:
        store.close()
