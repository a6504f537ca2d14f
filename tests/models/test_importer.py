"""Importing CMS API v3 JSON: grouping, and clear errors for malformed data without side effects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor.models.api_shapes import parse_languages, parse_pages, parse_region
from editor.models.errors import ImportDataError, StoreError
from editor.models.importer import group_translations, import_region, load_region_dir
from editor.models.store import Store
from tests.models.factories import LANGUAGES, page, small_region


def _write_region(folder: Path, pages: dict[str, Any]) -> None:
    (folder / "pages").mkdir(parents=True)
    (folder / "region.json").write_text(json.dumps({"path": "t", "name": "T"}))
    (folder / "languages.json").write_text(json.dumps(LANGUAGES[:2]))
    for lang, items in pages.items():
        (folder / "pages" / f"{lang}.json").write_text(json.dumps(items))


def test_importer_reads_region_folder(tmp_path: Path) -> None:
    """A folder in the API's shapes loads; a language without a file has no pages."""
    _write_region(tmp_path, {"de": [page(1, "/t/de/a/", "A", "<p>a</p>")]})
    data = load_region_dir(tmp_path)
    assert data.region.slug == "t"
    assert [p.title for p in data.pages["de"]] == ["A"]
    assert data.pages["en"] == []


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
def test_importer_malformed_page_names_file_and_field(mutate: Any, message: str) -> None:
    """Each malformed field gives a message naming the file, the page and the field."""
    item = page(1, "/t/de/a/", "A", "<p>a</p>")
    mutate(item)
    with pytest.raises(ImportDataError, match=message):
        parse_pages([item], "de", "de.json")


def test_importer_wrong_top_level_types() -> None:
    """A page list that is an object, or a language with an unknown direction, is refused."""
    with pytest.raises(ImportDataError, match="expected a list, got dict"):
        parse_pages({"pages": []}, "de", "de.json")
    with pytest.raises(ImportDataError, match="unknown value 'UP'"):
        parse_languages([{**LANGUAGES[0], "dir": "UP"}], "languages.json")
    with pytest.raises(ImportDataError, match="no languages"):
        parse_languages([], "languages.json")
    with pytest.raises(ImportDataError, match="field 'path' is missing"):
        parse_region({"name": "x"}, "region.json")


def test_importer_invalid_utf8_and_json_name_the_file(tmp_path: Path) -> None:
    """Broken bytes or broken JSON in a file are reported with the file's path."""
    _write_region(tmp_path, {"de": []})
    (tmp_path / "pages" / "de.json").write_bytes(b'[{"title": "\xff"}]')
    with pytest.raises(ImportDataError, match=r"de\.json: not UTF-8 \(byte 12\)"):
        load_region_dir(tmp_path)
    (tmp_path / "pages" / "de.json").write_text("[{")
    with pytest.raises(ImportDataError, match=r"de\.json: not valid JSON"):
        load_region_dir(tmp_path)


def test_importer_missing_parent_is_reported() -> None:
    """A child whose parent is not in the list is an error naming both paths."""
    orphan = page(2, "/t/de/a/b/", "B", "", parent={"id": 9, "url": "", "path": "/t/de/a/"})
    data = small_region()
    data.pages["de"].extend(parse_pages([orphan], "de", "de.json"))
    with pytest.raises(ImportDataError, match="parent /t/de/a/ of /t/de/a/b/ is missing"):
        group_translations(data.pages, ["de", "en", "ar"])


def test_importer_refuses_second_import(store: Store) -> None:
    """Importing into a filled working copy fails and leaves it unchanged."""
    before = store.page_tree()
    with pytest.raises(StoreError, match="already holds a region"):
        import_region(store, small_region())
    assert store.page_tree() == before
