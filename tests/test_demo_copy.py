"""The demo working copy made ahead: copied into a new data directory only when it fits this program."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editor import demo_copy
from editor.launch import open_region
from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.store import working_copy_path
from editor.sync.bundled_client import fill_demo

#: What a pull writes that depends on the moment it ran.
_MOMENTS = {"sync_state": ("seen_at",)}
_TABLES = ("region", "language", "page", "translation", "sync_state", "alembic_version", "sync_meta")


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in _TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if c not in _MOMENTS.get(table, ())]
            out[table] = sorted(conn.execute(f"SELECT {', '.join(kept)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy made ahead (by the ordinary pull)."""
    folder = tmp_path_factory.mktemp("made")
    demo_copy.build(folder)
    return folder


def test_demo_copy_equals_the_pulled_demo(made: Path, tmp_path: Path) -> None:
    """A data directory given the copy holds what the pull would have written, and opens as a store."""
    assert demo_copy.copy_demo(tmp_path / "copied", made)
    pulled = ensure_demo(tmp_path / "pulled", fill_demo)
    pulled.close()
    copied_path = working_copy_path(tmp_path / "copied", DEMO_SLUG)
    assert _content(copied_path) == _content(working_copy_path(tmp_path / "pulled", DEMO_SLUG))
    store = ensure_demo(tmp_path / "copied", fill_demo)
    try:
        assert store.region() is not None
        assert store.search("Integrationskurs")
    finally:
        store.close()
    conn = sqlite3.connect(copied_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_demo_copy_not_used_when_its_stamp_differs(made: Path, tmp_path: Path) -> None:
    """A copy made by other code or from other demo data is left alone: nothing is created from it."""
    (tmp_path / "stale").mkdir()
    (tmp_path / "stale" / demo_copy.TEMPLATE).write_bytes((made / demo_copy.TEMPLATE).read_bytes())
    (tmp_path / "stale" / demo_copy.STAMP).write_text("0" * 64 + "\n", encoding="ascii")
    assert demo_copy.usable_template(tmp_path / "stale") is None
    assert not demo_copy.copy_demo(tmp_path / "data", tmp_path / "stale")
    assert not working_copy_path(tmp_path / "data", DEMO_SLUG).exists()


def test_demo_copy_unreadable_leaves_nothing_behind(made: Path, tmp_path: Path) -> None:
    """A damaged copy with a fitting stamp is refused; no working copy or temporary file is left, and
    the demo is then made by the pull."""
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / demo_copy.TEMPLATE).write_bytes(b"not a database" * 100)
    (folder / demo_copy.STAMP).write_bytes((made / demo_copy.STAMP).read_bytes())
    data = tmp_path / "data"
    assert not demo_copy.copy_demo(data, folder)
    region = working_copy_path(data, DEMO_SLUG).parent
    assert [p.name for p in region.iterdir() if not p.name.endswith(".lock")] == []
    store = open_region(data, DEMO_SLUG)
    try:
        assert store.region() is not None
    finally:
        store.close()


def test_demo_copy_keeps_an_existing_working_copy(made: Path, tmp_path: Path) -> None:
    """A data directory that has the demo already is not touched."""
    ensure_demo(tmp_path, fill_demo).close()
    path = working_copy_path(tmp_path, DEMO_SLUG)
    before = path.stat().st_mtime_ns
    assert not demo_copy.copy_demo(tmp_path, made)
    assert path.stat().st_mtime_ns == before


def test_demo_copy_stamp_follows_the_code(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stamp of a checkout changes with the code that writes a working copy, so a copy made before a
    change is not used after it; an installed build's stamp depends on version, schema and data only."""
    before = demo_copy.stamp(frozen=False)
    monkeypatch.setattr(demo_copy, "_code_files", lambda _package: iter([("models/store.py", 1, 2)]))
    assert demo_copy.stamp(frozen=False) != before
    assert demo_copy.stamp(frozen=True) in (made / demo_copy.STAMP).read_text(encoding="ascii").split()


def test_demo_copy_of_another_schema_is_not_used(made: Path, tmp_path: Path) -> None:
    """A copy with a fitting stamp whose tables are not this schema's (here one is missing) is refused, not
    copied in to fail at the first open; the demo is then made by the pull."""
    folder = tmp_path / "other"
    folder.mkdir()
    template = folder / demo_copy.TEMPLATE
    template.write_bytes((made / demo_copy.TEMPLATE).read_bytes())
    (folder / demo_copy.STAMP).write_bytes((made / demo_copy.STAMP).read_bytes())
    conn = sqlite3.connect(template)
    try:
        conn.execute("DROP TABLE translation")
        conn.commit()
    finally:
        conn.close()
    data = tmp_path / "data"
    assert not demo_copy.copy_demo(data, folder)
    assert not working_copy_path(data, DEMO_SLUG).exists()
    store = open_region(data, DEMO_SLUG)
    try:
        assert store.search("Integrationskurs")
    finally:
        store.close()
