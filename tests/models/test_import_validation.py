"""Hostile API v3 JSON: every bad shape is an ImportDataError naming the file, the record and the field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.models.errors import ImportDataError
from editor.models.store import Store, open_store
from editor.sync.api_json import has_no_controls, parse_languages, parse_pages, parse_region
from editor.sync.bundled_client import BundledCmsClient, demo_filler
from tests.models.factories import LANGUAGES, page, write_region


def _page(**changes: Any) -> dict[str, Any]:
    item = page(1, "/t/de/a/", "A", "<p>a</p>")
    item.update(changes)
    return item


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (_page(parent={"id": "abc", "path": "/t/de/"}), r" \(/t/de/a/\), parent: field 'id' should be int"),
        (_page(parent={"id": [1], "path": "/t/de/"}), r"parent: field 'id' should be int, got list"),
        (_page(parent={"id": 1, "path": 7}), r"parent: field 'path' should be str, got int"),
        (_page(parent=[1, 2]), r"field 'parent' should be dict or NoneType, got list"),
        (_page(id=[1]), r" \(/t/de/a/\): field 'id' should be int, got list"),
        (_page(order="1"), r"field 'order' should be int, got str"),
        (_page(available_languages=[{"id": 1}]), r"'available_languages' should be an object, got a list"),
        (_page(available_languages={"../x": {"id": 1}}), r"not a language code: '\.\./x'"),
        (_page(available_languages={"en": {"id": "2"}}), r"available_languages\.en: field 'id' should be"),
        (_page(content="<p>a\x00b</p>"), r"field 'content' contains the control character U\+0000 at offset 4"),  # noqa: E501
        (_page(title="A\x1bB"), r"field 'title' contains the control character U\+001B at offset 1"),
        (_page(path="/t/de/\x00/"), r"field 'path' contains the control character U\+0000"),
    ],
)  # fmt: skip
def test_import_bad_page_shapes_name_record_and_field(item: dict[str, Any], message: str) -> None:
    """Non-numeric ids, lists where numbers belong, bad codes and control characters: one clear error."""
    with pytest.raises(ImportDataError, match=rf"de\.json, page 1.*{message}"):
        parse_pages([item], "de", "de.json")


def test_import_text_may_hold_tab_newline_and_carriage_return() -> None:
    """TAB, LF and CR are ordinary text and pass."""
    (parsed,) = parse_pages([_page(content="<p>a\tb\r\nc</p>")], "de", "de.json")
    assert parsed.content == "<p>a\tb\r\nc</p>"


def test_import_empty_available_languages_list_is_empty() -> None:
    """The API writes an empty ``available_languages`` as ``[]``: that means no other languages."""
    (parsed,) = parse_pages([_page(available_languages=[])], "de", "de.json")
    assert parsed.available == {}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("code", "d" * 100_000, r"field 'code' is not a language code: 'd{40}…'"),
        ("code", "../../etc", r"field 'code' is not a language code: '\.\./\.\./etc'"),
        ("code", "1234", r"field 'code' is not a language code"),
        ("code", ["de"], r"field 'code' should be str, got list"),
        ("bcp47_tag", "de DE", r"field 'bcp47_tag' is not a language code"),
        ("native_name", "Deutsch\x00", r"field 'native_name' contains the control character U\+0000"),
    ],
)
def test_import_bad_language_codes_are_refused(field: str, value: Any, message: str) -> None:
    """Language codes follow a pattern and a length limit; the message shows at most 40 characters."""
    languages = [{**LANGUAGES[0], field: value}]
    with pytest.raises(ImportDataError, match=rf"languages\.json, language 1: {message}") as caught:
        parse_languages(languages, "languages.json")
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize("path", ["", "..", "a/b", "x" * 200, "t\x00"])
def test_import_bad_region_slug_is_refused(path: str) -> None:
    """The region slug names the working copy's file: no separators, no '..', not empty, not huge."""
    with pytest.raises(ImportDataError, match=r"region\.json"):
        parse_region({"path": path, "name": "T"}, "region.json")


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A new, empty working copy in a real SQLite file."""
    made = open_store(tmp_path / "data", "t", create=True)
    yield made
    made.close()


def test_import_folder_with_huge_language_code_is_a_message_not_an_oserror(
    tmp_path: Path, empty_store: Store
) -> None:
    """A 100,000-character code used to become a file name (OSError); now nothing is read or stored."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "region.json").write_text(json.dumps({"path": "t", "name": "T"}))
    (tmp_path / "languages.json").write_text(json.dumps([{**LANGUAGES[0], "code": "d" * 100_000}]))
    with pytest.raises(
        ImportDataError, match=r"languages\.json, language 1: field 'code' is not a language code"
    ):
        BundledCmsClient(tmp_path)
    assert empty_store.region() is None


def test_import_nul_in_text_leaves_the_working_copy_empty(tmp_path: Path, empty_store: Store) -> None:
    """A NUL in one page's text stops the import before anything is written."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "region.json").write_text(json.dumps({"path": "t", "name": "T"}))
    (tmp_path / "languages.json").write_text(json.dumps(LANGUAGES[:1]))
    (tmp_path / "pages" / "de.json").write_text(json.dumps([_page(content="<p>x\x00</p>")]))
    with pytest.raises(ImportDataError, match=r"de\.json, page 1 \(/t/de/a/\): field 'content' contains"):
        demo_filler(tmp_path, "t", "")(empty_store)
    assert empty_store.region() is None


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(codec="utf-8", min_codepoint=0, max_codepoint=0x3000), max_size=30))
def test_import_control_escape_guard_never_misses_one(text: str) -> None:
    """A JSON document whose bytes show no escape of a control character has none in any string, so
    the bundled client may skip the per-field search (``has_no_controls``); with one, it never skips."""
    for ascii_only in (True, False):
        raw = json.dumps([{"content": text, "title": "t\\b"}], ensure_ascii=ascii_only).encode("utf-8")
        if has_no_controls(raw):
            assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text)


@pytest.mark.parametrize("escape", ["\\u0000", "\\u001B", "\\u001f", "\\b", "\\f"])
def test_bundled_client_finds_an_escaped_control_character(tmp_path: Path, escape: str) -> None:
    """The folder's page list spells the control character as a JSON escape: refused as before."""
    write_region(tmp_path, {"de": [page(1, "/t/de/a/", "A", "<p>a</p>")]})
    path = tmp_path / "pages" / "de.json"
    path.write_text(path.read_text("utf-8").replace("<p>a</p>", f"<p>a{escape}</p>"), "utf-8")
    with pytest.raises(ImportDataError, match=r"de\.json, page 1.*'content' contains the control"):
        BundledCmsClient(tmp_path)
