"""Pathological input for convert, spellcheck, readability and the importer: each run ends in time,
without a traceback, and a refusal names the file (or the option) it refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from editor.models.demo import demo_source
from tests.faults.harness import assert_bar, readability_report, run, spellcheck_report, window
from tests.faults.hostile import TEXTS

COMMANDS = {
    "convert-to-html": ("convert", "--to", "html"),
    "convert-to-markdown": ("convert", "--to", "markdown"),
    "spellcheck": ("spellcheck", "--lang", "de", "--json"),
    "readability": ("readability", "--lang", "de", "--json"),
}
#: Large inputs get longer than the usual limit (still bounded): the machine reads and writes MBs.
LARGE = {"large-5mb": 60.0, "long-line-1mb": 40.0}


#: The multi-megabyte texts only where their size is the point (the rest is covered by smaller ones).
ONLY = {"large-5mb": ("spellcheck",), "long-line-1mb": ("convert-to-html", "spellcheck")}
TEXT_CASES = [
    pytest.param(name, command, id=f"{name}-{command}")
    for name in TEXTS
    for command in COMMANDS
    if command in ONLY.get(name, COMMANDS)
]


@pytest.mark.parametrize(("name", "command"), TEXT_CASES)
def test_faults_hostile_text_is_bounded_and_clean(name: str, command: str, tmp_path: Path) -> None:
    """A pathological text file: the command ends in time, prints no traceback, and a refusal names
    the file."""
    source = tmp_path / f"{name}.txt"
    source.write_bytes(TEXTS[name])
    result = run(*COMMANDS[command], str(source), timeout=LARGE.get(name, 20.0))
    assert_bar(result, (str(source),))
    if name == "bad-utf8":
        assert result.returncode == 2, result.describe()


@pytest.mark.parametrize("command", ["spellcheck", "readability"])
@pytest.mark.parametrize("code", ["1234", "../../etc", "x" * 10_000])
def test_faults_hostile_language_code_is_refused(command: str, code: str, tmp_path: Path) -> None:
    """A language code that is none is refused with a message naming ``--lang``."""
    source = tmp_path / "page.md"
    source.write_text("Ein kurzer Satz.\n", encoding="utf-8")
    result = run(command, str(source), "--lang", code)
    assert_bar(result, ("--lang",))
    assert result.returncode == 2, result.describe()


def _region_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "region"
    shutil.copytree(demo_source(), folder, ignore=shutil.ignore_patterns("source"))
    return folder


def _edit_json(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _set(index: int, key: str, value: object) -> object:
    def change(pages: list[dict[str, object]]) -> None:
        pages[index][key] = value

    return change


def _parent_id(value: object) -> object:
    def change(pages: list[dict[str, object]]) -> None:
        parent = next(p for p in pages if p["parent"] and p["parent"].get("id"))  # type: ignore[union-attr]
        parent["parent"]["id"] = value  # type: ignore[index]

    return change


def _long_language(languages: list[dict[str, object]]) -> None:
    languages.append({"id": 99, "code": "x" * 100_000, "bcp47_tag": "x", "native_name": "X",
                      "dir": "LEFT_TO_RIGHT"})  # fmt: skip


IMPORTS = {
    "parent-id-not-a-number": ("pages/de.json", _parent_id("abc")),
    "parent-id-a-list": ("pages/de.json", _parent_id([1, 2])),
    "page-id-a-list": ("pages/de.json", _set(0, "id", [1, 2])),
    "title-a-number": ("pages/de.json", _set(0, "title", 12345)),
    "nul-in-text": ("pages/de.json", _set(0, "content", "<p>Ein\x00Satz</p>")),
    "control-characters-in-title": ("pages/de.json", _set(0, "title", "Titel\x1e\x1f\x07")),
    "huge-language-code": ("languages.json", _long_language),
}
IMPORT_SCRIPT = """
import sys
from pathlib import Path
from editor.models.errors import ImportDataError, StoreError
from editor.models.store import open_store
from editor.sync.bundled_client import demo_filler
try:
    store = open_store(Path(sys.argv[2]), "importstadt", create=True)
    try:
        demo_filler(Path(sys.argv[1]), "importstadt", "https://cms.example")(store)
    finally:
        store.close()
except (ImportDataError, StoreError) as exc:
    print(exc, file=sys.stderr)
    sys.exit(2)
"""


@pytest.mark.parametrize("case", list(IMPORTS))
def test_faults_hostile_import_data_is_refused_or_readable(case: str, tmp_path: Path) -> None:
    """Malformed CMS data: the import refuses it naming the file, or imports it so that the window
    and the region reports still work."""
    folder = _region_dir(tmp_path)
    relative, change = IMPORTS[case]
    _edit_json(folder / relative, change)
    data = tmp_path / "data"
    result = run("-c", IMPORT_SCRIPT, str(folder), str(data), python_module=False)
    assert_bar(result, (str(folder),))
    if result.returncode != 0:
        return
    for check in (spellcheck_report, readability_report):
        assert_bar(check(data, "importstadt"), ("importstadt",))
    shown = window(data, tmp_path / "shot.png", "importstadt")
    assert_bar(shown, ("importstadt",))
    assert shown.returncode == 0, shown.describe()


def test_faults_hostile_deep_page_tree_opens(tmp_path: Path) -> None:
    """A region whose pages nest 1,000 levels deep imports and opens in time."""
    folder = _region_dir(tmp_path)

    def deepen(pages: list[dict[str, object]]) -> None:
        template = pages[0]
        chain = []
        path = "/musterstadt/de/"
        parent: dict[str, object] = {"id": 0, "url": None, "path": None}
        for level in range(1_000):
            path += f"l{level}/"
            url = "https://cms.example" + path
            fields = {"path": path, "url": url, "title": f"Ebene {level}", "parent": parent}
            chain.append({**template, **fields, "id": 90_000 + level, "available_languages": {}})
            parent = {"id": 80_000 + level, "url": url, "path": path}
        pages.extend(chain)

    _edit_json(folder / "pages" / "de.json", deepen)
    data = tmp_path / "data"
    result = run("-c", IMPORT_SCRIPT, str(folder), str(data), python_module=False, timeout=60.0)
    assert_bar(result, (str(folder),))
    assert result.returncode == 0, result.describe()
    shown = window(data, tmp_path / "shot.png", "importstadt")
    assert_bar(shown, ("importstadt",))
    assert shown.returncode == 0, shown.describe()
