"""The bundled-JSON client (demo region): parsing, grouping, clear errors for malformed data, and the
first pull through it, which is how a working copy is filled from a folder (no second importer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor.models.errors import ImportDataError
from editor.models.store import open_store
from editor.sync.api_json import parse_languages, parse_pages, parse_region
from editor.sync.bundled_client import BundledCmsClient, group_translations
from editor.sync.service import SyncService
from tests.models.factories import LANGUAGES, page, small_region_pages, write_region


def _write_region(folder: Path, pages: dict[str, Any]) -> None:
    (folder / "pages").mkdir(parents=True)
    (folder / "region.json").write_text(json.dumps({"path": "t", "name": "T"}))
    (folder / "languages.json").write_text(json.dumps(LANGUAGES[:2]))
    for lang, items in pages.items():
        (folder / "pages" / f"{lang}.json").write_text(json.dumps(items))


def test_bundled_client_reads_region_folder(tmp_path: Path) -> None:
    """A folder in the API's shapes loads; a language without a file has no pages."""
    _write_region(tmp_path, {"de": [page(1, "/t/de/a/", "A", "<p>a</p>")]})
    client = BundledCmsClient(tmp_path)
    assert client.region("t").slug == "t"
    assert [row.title for row in client.tree("t", "de")] == ["A"]
    assert client.tree("t", "en") == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda p: p.pop("title"), r"de\.json, page 1 \(/t/de/a/\): field 'title' is missing"),
        (lambda p: p.update(id="7"), r"field 'id' should be int, got str"),
        (lambda p: p.update(content=None), r"field 'content' should be str"),
        (lambda p: p.update(order=True), r"field 'order' should be int, got bool"),
        (lambda p: p.update(last_updated="yesterday"), r"'last_updated' is not a date"),
        (lambda p: p.update(available_languages={"en": {}}), r"available_languages\.en"),
    ],
)
def test_bundled_client_malformed_page_names_file_and_field(mutate: Any, message: str) -> None:
    """Each malformed field gives a message naming the file, the page and the field."""
    item = page(1, "/t/de/a/", "A", "<p>a</p>")
    mutate(item)
    with pytest.raises(ImportDataError, match=message):
        parse_pages([item], "de", "de.json")


def test_bundled_client_wrong_top_level_types() -> None:
    """A page list that is an object, or a language with an unknown direction, is refused."""
    with pytest.raises(ImportDataError, match="expected a list, got dict"):
        parse_pages({"pages": []}, "de", "de.json")
    with pytest.raises(ImportDataError, match="unknown value 'UP'"):
        parse_languages([{**LANGUAGES[0], "dir": "UP"}], "languages.json")
    with pytest.raises(ImportDataError, match="no languages"):
        parse_languages([], "languages.json")
    with pytest.raises(ImportDataError, match="field 'path' is missing"):
        parse_region({"name": "x"}, "region.json")


def test_bundled_client_invalid_utf8_and_json_name_the_file(tmp_path: Path) -> None:
    """Broken bytes or broken JSON in a file are reported with the file's path."""
    _write_region(tmp_path, {"de": []})
    (tmp_path / "pages" / "de.json").write_bytes(b'[{"title": "\xff"}]')
    with pytest.raises(ImportDataError, match=r"de\.json: not UTF-8 \(byte 12\)"):
        BundledCmsClient(tmp_path)
    (tmp_path / "pages" / "de.json").write_text("[{")
    with pytest.raises(ImportDataError, match=r"de\.json: not valid JSON"):
        BundledCmsClient(tmp_path)


def test_bundled_client_missing_parent_is_reported() -> None:
    """A child whose parent is not in the list is an error naming both paths."""
    orphan = page(2, "/t/de/a/b/", "B", "", parent={"id": 9, "url": "", "path": "/t/de/a/"})
    raw = small_region_pages()
    pages = {lang: parse_pages(items, lang, f"{lang}.json") for lang, items in raw.items()}
    pages["de"].extend(parse_pages([orphan], "de", "de.json"))
    with pytest.raises(ImportDataError, match="parent /t/de/a/ of /t/de/a/b/ is missing"):
        group_translations(pages, ["de", "en", "ar"])


def test_bundled_client_pull_records_the_base_like_any_pull(tmp_path: Path) -> None:
    """A working copy filled from a folder has the same sync base a pull from a CMS records (base
    hash, token, sync state), so a second pull changes nothing and fetches no text."""
    folder = write_region(tmp_path / "src", small_region_pages())
    store = open_store(tmp_path / "data", "teststadt", create=True)
    try:
        client = BundledCmsClient(folder, "https://cms.example")
        first = SyncService(store, client, "teststadt", "demo", lambda _u: "x").pull()
        assert first.ok
        assert first.pulled == {"de": 3, "en": 2, "ar": 1}
        texts = list(store.iter_translations())
        assert all(t.base_hash and t.base_token and not t.changed_locally for t in texts)
        again = SyncService(store, client, "teststadt", "demo", lambda _u: "x").pull()
        assert again.pulled == {"de": 0, "en": 0, "ar": 0}
        assert again.requests == 3  # one tree per language, no text
        assert store.outbox_count() == 0
    finally:
        store.close()


def test_bundled_client_refuses_writes(tmp_path: Path) -> None:
    """The demo has no server: every write through the client is refused with a clear message."""
    from editor.sync.errors import ClientError

    client = BundledCmsClient(write_region(tmp_path, small_region_pages()))
    with pytest.raises(ClientError, match="read-only"):
        client.push("teststadt", "de", 1, "t", "c")
    with pytest.raises(ClientError, match="read-only"):
        client.archive_page("teststadt", "de", 1)
