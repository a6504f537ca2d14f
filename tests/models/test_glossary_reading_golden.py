"""Reading a glossary gives what it gave before ADR 0039 made the reading let go of the interpreter lock
between rows and terms (an import on the database thread must not stall the GUI thread): every case of
tests/models/glossary_cases.py against tests/models/_files/glossary_reading_golden.json, recorded with
the code before the change (terms, or the error's type, code, text and values)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.glossary_store import glossary_path, load_glossary
from editor.models.store import Store
from editor.sync.bundled_client import fill_demo
from editor.text.glossary import from_csv
from tests.models.glossary_cases import csv_cases, json_cases, outcome

GOLDEN = json.loads((Path(__file__).parent / "_files" / "glossary_reading_golden.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo working copy, whose glossary file each case replaces."""
    store = ensure_demo(tmp_path_factory.mktemp("golden"), fill_demo)
    yield store
    store.close()


@pytest.mark.parametrize("name", sorted(csv_cases()))
def test_glossary_csv_reads_as_before(name: str) -> None:
    """from_csv: the same terms, or the same error, as before."""
    text = csv_cases()[name]
    assert outcome(lambda: from_csv(text, name)) == GOLDEN["csv"][name]


@pytest.mark.parametrize("name", sorted(json_cases()))
def test_glossary_file_loads_as_before(store: Store, name: str) -> None:
    """load_glossary: the same glossary, or the same StoreError, as before (its layout or damage)."""
    path = glossary_path(store)
    path.write_text(json_cases()[name], "utf-8")
    got = json.loads(json.dumps(outcome(lambda: load_glossary(store)), ensure_ascii=False))
    got = json.loads(
        json.dumps(got, ensure_ascii=False).replace(json.dumps(str(path.parent))[1:-1], "<data>")
    )
    assert got == GOLDEN["json"][name]


def test_glossary_read_once_until_the_file_is_written_again(store: Store) -> None:
    """The same file gives the same Glossary (its term index built once); a save makes a new one."""
    from editor.models.glossary_store import save_glossary
    from editor.text.glossary import Glossary, Term

    save_glossary(store, Glossary("de", (Term("Amt", {"en": ("office",)}),)))
    first = load_glossary(store)
    assert load_glossary(store) is first
    save_glossary(store, Glossary("de", (Term("Amt", {"en": ("authority",)}),)))
    second = load_glossary(store)
    assert second is not first
    assert second.terms[0].translations == {"en": ("authority",)}
