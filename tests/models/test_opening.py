"""Opening working copies that are not what they seem: newer, foreign, empty, read-only, raced."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editor.models.db import has_content
from editor.models.demo import DEMO_SLUG, ensure_demo
from editor.models.enums import APPLICATION_ID
from editor.models.errors import StoreError
from editor.models.store import Store, open_store, working_copy_path
from editor.sync.bundled_client import fill_demo
from tests.support import unwritable


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed demo working copy."""
    ensure_demo(tmp_path, fill_demo).close()
    return working_copy_path(tmp_path, DEMO_SLUG)


def test_opening_newer_schema_is_refused_unchanged(demo_path: Path, tmp_path: Path) -> None:
    """A working copy whose schema revision we do not know says it comes from a newer version."""
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '0042'")
    conn.commit()
    conn.close()
    before = _digest(demo_path)
    with pytest.raises(StoreError, match=r"working-copy\.sqlite: made by a newer version of Integreat Desk"):
        open_store(tmp_path, DEMO_SLUG)
    assert _digest(demo_path) == before


def test_opening_foreign_file_with_our_id_is_refused_unchanged(tmp_path: Path) -> None:
    """Another program's SQLite file that happens to carry our application id gets no tables added."""
    path = working_copy_path(tmp_path, "fremd")
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match=r"not a working copy.*left unchanged"):
        open_store(tmp_path, "fremd")
    assert _digest(path) == before


def test_opening_missing_table_is_refused_unchanged(demo_path: Path, tmp_path: Path) -> None:
    """A working copy that lost one of its tables is reported, not rebuilt behind the user's back."""
    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TABLE operation")
    conn.commit()
    conn.close()
    before = _digest(demo_path)
    with pytest.raises(StoreError, match="no table operation"):
        open_store(tmp_path, DEMO_SLUG)
    assert _digest(demo_path) == before


def test_opening_empty_leftover_is_replaced_by_the_demo(tmp_path: Path) -> None:
    """A 0-byte working copy (left by an older version's race) counts as absent: the demo is made."""
    path = working_copy_path(tmp_path, DEMO_SLUG)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    Path(f"{path}.partial").write_bytes(b"half")
    store = ensure_demo(tmp_path, fill_demo)
    try:
        assert store.region() is not None
        assert len(store.page_tree()) > 10
    finally:
        store.close()
    assert not Path(f"{path}.partial").exists()


def test_opening_empty_leftover_without_create_names_the_file(tmp_path: Path) -> None:
    """A 0-byte file where a region should be is "no working copy", named, and left alone."""
    path = working_copy_path(tmp_path, "leer")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    with pytest.raises(StoreError, match=r"leer/working-copy\.sqlite: no working copy"):
        open_store(tmp_path, "leer")
    assert path.read_bytes() == b""


def test_opening_concurrent_first_starts_build_one_demo(tmp_path: Path) -> None:
    """Four processes creating the demo at once all open the same complete working copy."""
    script = (
        "import sys; from pathlib import Path; from editor.models.demo import ensure_demo;"
        "from editor.sync.bundled_client import fill_demo;"
        "s = ensure_demo(Path(sys.argv[1]), fill_demo); print(len(s.page_tree())); s.close()"
    )
    for round_ in range(3):
        data = tmp_path / f"round{round_}"
        procs = [
            subprocess.Popen([sys.executable, "-c", script, str(data)], stdout=subprocess.PIPE, text=True)
            for _ in range(4)
        ]
        counts = {proc.communicate(timeout=120)[0].strip() for proc in procs}
        assert [proc.returncode for proc in procs] == [0, 0, 0, 0]
        assert len(counts) == 1
        assert int(counts.pop()) > 10
        leftovers = [p.name for p in working_copy_path(data, DEMO_SLUG).parent.iterdir()]
        assert sorted(leftovers) == ["working-copy.sqlite", "working-copy.sqlite.lock"]


def test_opening_new_copy_is_atomic_when_creation_fails(tmp_path: Path) -> None:
    """A creation that fails half-way leaves no working copy and no temporary file behind."""
    from editor.models.db import create_file

    path = working_copy_path(tmp_path, "halb")

    def fail(_temporary: Path) -> None:
        raise StoreError("import failed")

    with pytest.raises(StoreError, match="import failed"):
        create_file(path, fail)
    assert not has_content(path)
    assert [p.name for p in path.parent.iterdir()] == ["working-copy.sqlite.lock"]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_opening_read_only_copy_reads_and_refuses_saves(demo_path: Path, tmp_path: Path, what: str) -> None:
    """A working copy that cannot be written opens read-only: reads work, a save says so without SQL
    or page text, closing does not fail, and the file's bytes stay the same."""
    before = _digest(demo_path)
    target = demo_path if what == "file" else demo_path.parent
    with unwritable(target):
        store = open_store(tmp_path, DEMO_SLUG)
        try:
            assert store.read_only is True
            page = store.page_tree()[0].id
            assert store.translation(page, "de") is not None
            assert store.search("Deutsch")
            with pytest.raises(StoreError) as caught:
                store.save_translation(page, "de", title="T", content="<p>Geheimer Entwurf</p>")
        finally:
            store.close()
    message = str(caught.value)
    assert str(demo_path) in message
    assert "read-only" in message
    assert "Geheimer" not in message
    assert "INSERT" not in message
    assert "UPDATE" not in message
    assert _digest(demo_path) == before


def test_opening_write_failure_message_has_no_sql_or_text(demo_path: Path, tmp_path: Path) -> None:
    """A save that fails in SQLite (the file became unwritable while open) names file and operation
    only; closing afterwards does not raise."""
    store = open_store(tmp_path, DEMO_SLUG)
    page = store.page_tree()[0].id
    store.translation(page, "de")
    try:
        with unwritable(demo_path, demo_path.parent), pytest.raises(StoreError) as caught:
            store.save_translation(page, "de", title="T", content="<p>Geheimer Entwurf</p>")
    finally:
        store.close()
    message = str(caught.value)
    assert message.startswith(f"{demo_path}: saving page {page} (de) failed")
    assert "Geheimer" not in message
    assert "SQL" not in message
    assert "INSERT" not in message


def test_opening_store_reports_read_only_flag_false_normally(demo_path: Path) -> None:
    """A writable working copy is not read-only."""
    store = Store(demo_path)
    try:
        assert store.read_only is False
    finally:
        store.close()
