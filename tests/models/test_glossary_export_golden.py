"""Exporting the glossary writes what it wrote before ADR 0042 moved the export to the database thread
and made the file be written whole or not at all: every case of tests/models/glossary_cases.py's
``export_cases`` against tests/models/_files/glossary_export_golden.json, recorded with the code before
the change (terms counted, size and SHA-256 of the file; the awkward case's text in full)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.glossary_store import export_glossary_file, save_glossary
from editor.models.store import Store
from editor.sync.bundled_client import fill_demo
from editor.text.glossary import GlossaryError
from tests.models.glossary_cases import export_cases

GOLDEN = json.loads((Path(__file__).parent / "_files" / "glossary_export_golden.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo working copy, whose glossary each case replaces."""
    store = ensure_demo(tmp_path_factory.mktemp("golden"), fill_demo)
    yield store
    store.close()


@pytest.mark.parametrize("suffix", ["tbx", "csv"])
@pytest.mark.parametrize("name", sorted(export_cases()))
def test_glossary_exports_as_before(store: Store, tmp_path: Path, name: str, suffix: str) -> None:
    """The same file, byte for byte, and the same count; nothing but the file in its folder."""
    save_glossary(store, export_cases()[name])
    out = tmp_path / f"{name}.{suffix}"
    count = export_glossary_file(store, out, "Glossar von Testort")
    data = out.read_bytes()
    golden = GOLDEN[f"{name}.{suffix}"]
    if "text" in golden:
        assert data.decode("utf-8") == golden["text"]
    assert (count, len(data), hashlib.sha256(data).hexdigest()) == (
        golden["terms"], golden["bytes"], golden["sha256"]
    )  # fmt: skip
    assert list(tmp_path.iterdir()) == [out]


def test_glossary_export_that_cannot_be_written_leaves_nothing(store: Store, tmp_path: Path) -> None:
    """A target that is a folder (written in full, then the rename fails) and one in a missing folder:
    the same GlossaryError as before, the target as it was and no temporary file left."""
    save_glossary(store, export_cases()["generated"])
    folder = tmp_path / "glossar.tbx"
    folder.mkdir()
    for out in (folder, tmp_path / "fehlt" / "glossar.csv"):
        with pytest.raises(GlossaryError) as caught:
            export_glossary_file(store, out, "Glossar")
        assert caught.value.code == "not_written"
        assert caught.value.params["name"] == str(out)
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["glossar.tbx"]


def test_glossary_export_over_a_file_keeps_its_permissions(store: Store, tmp_path: Path) -> None:
    """Exporting again over an earlier export replaces its content and keeps its mode."""
    save_glossary(store, export_cases()["tricky"])
    out = tmp_path / "glossar.csv"
    out.write_text("alt", "utf-8")
    out.chmod(0o640)
    assert export_glossary_file(store, out, "Glossar") == 5
    assert out.stat().st_mode & 0o777 == 0o640
    assert out.read_bytes() != b"alt"


@pytest.mark.parametrize("chunk", [1, 2, 4, 5, 7, 2_500])
def test_glossary_tbx_written_in_chunks_is_one_document(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The TBX is serialised a chunk of terms at a time (the interpreter lock let go in between): any
    chunk size, dividing the terms evenly or not, gives the golden file."""
    from editor.text import glossary

    monkeypatch.setattr(glossary, "_TBX_CHUNK", chunk)
    for name in ("tricky", "generated") if chunk > 4 else ("tricky",):
        save_glossary(store, export_cases()[name])
        out = tmp_path / f"{name}.tbx"
        export_glossary_file(store, out, "Glossar von Testort")
        data = out.read_bytes()
        golden = GOLDEN[f"{name}.tbx"]
        assert (len(data), hashlib.sha256(data).hexdigest()) == (golden["bytes"], golden["sha256"])
