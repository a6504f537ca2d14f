"""Malformed import data (CMS JSON, the demo's files) is worded in German, with its place, no English left."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor.models.errors import ImportDataError
from editor.sync.api_json import parse_languages, parse_pages, parse_region
from editor.sync.bundled_client import BundledCmsClient, read_json
from editor.sync.cms_types import MalformedResponse
from editor.views.error_text import describe
from editor.views.import_text import _problems
from tests.models.factories import LANGUAGES, page, parent_ref
from tests.views.test_error_text import german  # noqa: F401
from tests.views.test_lower_layer_text import _assert_german


def _page(**changes: Any) -> dict[str, Any]:
    item = page(1, "/t/de/a/", "A", "<p>a</p>")
    item.update(changes)
    return item


def _region(tmp: Path, pages: list[dict[str, Any]]) -> Callable[[], object]:
    folder = tmp / "region"
    (folder / "pages").mkdir(parents=True)
    (folder / "region.json").write_text(json.dumps({"path": "t", "name": "T"}))
    (folder / "languages.json").write_text(json.dumps(LANGUAGES[:1]))
    (folder / "pages" / "de.json").write_text(json.dumps(pages))
    return lambda: BundledCmsClient(folder)


def _file(tmp: Path, data: bytes) -> Callable[[], object]:
    path = tmp / "pages.json"
    path.write_bytes(data)
    return lambda: read_json(path)


#: (what raises, its code, a part the German message must show)
CASES: list[tuple[Callable[[Path], Callable[[], object]], str, str]] = [
    (lambda _t: lambda: parse_pages([_page(title=None)], "de", "de.json"), "wrong_type", "Feld „title“"),
    (lambda _t: lambda: parse_pages([{"id": 1, "path": "/t/de/a/"}], "de", "de.json"), "missing", "Seite 1"),
    (lambda _t: lambda: parse_pages([7], "de", "de.json"), "not_object", "eine Zahl"),
    (lambda _t: lambda: parse_pages({"a": 1}, "de", "de.json"), "not_list", "ein Objekt"),
    (lambda _t: lambda: parse_pages([_page(title="A\x1bB")], "de", "de.json"), "control_character", "U+001B"),
    (lambda _t: lambda: parse_pages([_page(last_updated="gestern")], "de", "de.json"), "not_date", "gestern"),
    (lambda _t: lambda: parse_pages([_page(last_updated=5)], "de", "de.json"), "wrong_type", "last_updated"),
    (
        lambda _t: lambda: parse_pages([_page(parent={"id": "x", "path": "/t/de/"})], "de", "de.json"),
        "wrong_type",
        "Feld „parent“",
    ),
    (
        lambda _t: lambda: parse_pages([_page(available_languages={"../x": {"id": 1}})], "de", "de.json"),
        "not_language_code",
        "../x",
    ),
    (
        lambda _t: lambda: parse_languages([{**LANGUAGES[0], "dir": "UP"}], "languages.json"),
        "unknown_value",
        "Sprache 1",
    ),
    (lambda _t: lambda: parse_languages([], "languages.json"), "no_languages", "keine Sprachen"),
    (lambda _t: lambda: parse_region({"path": "a/b", "name": "X"}, "region.json"), "not_region", "a/b"),
    (lambda t: _file(t, b"\xff\xfe[]"), "not_utf8", "Byte 0"),
    (lambda t: _file(t, b'[{"a": 1,}]'), "not_json", "Zeile 1"),
    (lambda t: lambda: read_json(t / "gibt-es-nicht.json"), "unreadable", "existiert nicht"),
    (
        lambda t: _region(t, [page(1, "/t/de/a/", "A", "<p>a</p>", parent=parent_ref(9, "/t/de/x/"))]),
        "parent_missing",
        "/t/de/x/",
    ),
]


@pytest.mark.parametrize(("make", "code", "shown"), CASES)
def test_import_data_problems_are_worded_in_german(
    german: None,  # noqa: F811
    tmp_path: Path,
    make: Callable[[Path], Callable[[], object]],
    code: str,
    shown: str,
) -> None:
    """Each problem keeps its place (file, item, page path, field) and reads as one German sentence."""
    with pytest.raises(ImportDataError) as caught:
        make(tmp_path)()
    exc = caught.value
    assert exc.code == code
    text = describe(exc)
    assert text.startswith("Die Importdaten sind nicht gültig: ")
    assert shown in text
    _assert_german(text, exc)
    for english in ("field", "expected", "got ", "missing", "should be", " page ", "language "):
        assert english not in text, text


def test_every_import_problem_has_a_wording(german: None) -> None:  # noqa: F811
    """Every code the parsers raise is worded; the test's cases cover the parser's codes."""
    raised = {code for _make, code, _shown in CASES}
    assert raised <= set(_problems())


def test_malformed_cms_answer_names_the_item_in_german(german: None) -> None:  # noqa: F811
    """A CMS answer the one parser refuses is shown with its address and the item, in German."""
    url = "https://cms.example/api/v3/t/de/pages/"
    try:
        try:
            parse_pages([_page(order="1")], "de", url)
        except ImportDataError as exc:
            raise MalformedResponse(url, "(body)", str(exc)) from exc
    except MalformedResponse as wrapped:
        text = describe(wrapped)
    assert text.startswith(f"Unerwartete Antwort von {url}: {url}, Seite 1 (/t/de/a/): ")
    assert "Das Feld „order“ sollte eine Zahl sein, ist aber Text." in text
