"""XLIFF export and import problems reach the German UI with no English left (ADR 0018): a broken or
foreign file, a zip without XLIFF, a page the working copy does not have, nothing to export."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.models.demo import ensure_demo
from editor.models.store import Store
from editor.models.xliff_exchange import ExchangeError, export_xliff
from editor.sync.bundled_client import fill_demo
from editor.text.xliff import XliffError, read_xliff
from editor.views.translate.xliff_text import xliff_error_text
from editor.views.translate.xliff_ui import plan_file
from tests.views.test_error_text import CATALOGUE, german  # noqa: F401

BROKEN = [
    b"<xliff",
    b"<html/>",
    b'<xliff version="3.0"/>',
    b'<xliff version="1.2"></xliff>',
    b'<xliff version="1.2"><file original="1"/></xliff>',
    b'<!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"><file/></xliff>',
    b'<xliff version="2.0" srcLang="de" trgLang="en"><file original="1"><unit resname="x">'
    b"<segment><target/></segment></unit></file></xliff>",
    b'<xliff version="2.0" srcLang="de" trgLang="en"><file original="1"><unit resname="title">'
    b"<segment><source/></segment></unit></file></xliff>",
]
#: A CMS export of page 99999, which the demo region does not have.
UNKNOWN_PAGE = (
    b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="99999" '
    b'source-language="de" target-language="en" datatype="plaintext"><body><trans-unit id="1" '
    b'resname="title"><source>A</source><target>B</target></trans-unit></body></file></xliff>'
)


def _english_runs(exc: BaseException) -> list[str]:
    """Runs of three or more words of the English message that are not values (file names, places)."""
    text = str(exc)
    for value in [*getattr(exc, "params", {}).values()]:
        text = text.replace(value, "|")
    return [
        " ".join(words).lower()
        for piece in re.split(r"[|.;:()<>'\"]", text)
        if len(words := re.findall(r"[A-Za-z]+", piece)) >= 3
    ]


def _assert_german(exc: BaseException) -> str:
    shown = xliff_error_text(exc)
    words = " " + " ".join(re.findall(r"[A-Za-z]+", shown)).lower() + " "
    assert shown != str(exc)
    assert [run for run in _english_runs(exc) if f" {run} " in words] == [], shown
    return shown


def _sources() -> list[str]:
    root = ET.parse(CATALOGUE).getroot()
    return [
        m.findtext("source") or ""
        for c in root.iter("context")
        if c.findtext("name") == "Xliff"
        for m in c.iter("message")
    ]


@pytest.mark.parametrize("data", BROKEN)
def test_xliff_text_broken_files_in_german(german: None, data: bytes) -> None:  # noqa: F811
    """Each way a file is not importable XLIFF is worded in German and still names the file."""
    with pytest.raises(XliffError) as caught:
        read_xliff(data, "agentur.xliff")
    assert caught.value.code != "other"
    assert "agentur.xliff" in _assert_german(caught.value)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    """The demo working copy in a real file."""
    store = ensure_demo(tmp_path, fill_demo)
    yield store
    store.close()


def test_xliff_text_import_and_export_refusals_in_german(
    german: None,  # noqa: F811
    demo: Store,
    tmp_path: Path,
) -> None:
    """An import of a page the region lacks, of a zip with no XLIFF, of something that is no zip or no
    file, and an export of the source language read in German; the place is named."""
    unknown = tmp_path / "agentur.xliff"
    unknown.write_bytes(UNKNOWN_PAGE)
    empty = tmp_path / "leer.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("liesmich.txt", "x")
    fake = tmp_path / "kaputt.zip"
    fake.write_bytes(b"not a zip")
    refused = []
    for path in (unknown, empty, fake, tmp_path / "fehlt.xliff"):
        with pytest.raises(ValueError) as caught:
            plan_file(demo, path)
        refused.append(caught.value)
    with pytest.raises(ExchangeError) as exported:
        export_xliff(demo, "de", None, tmp_path)
    refused.append(exported.value)
    shown = [_assert_german(exc) for exc in refused]
    assert "agentur.xliff" in shown[0]
    assert "99999" in shown[0]
    assert "keine Seite mit der ID 99999" in shown[0]
    assert "kaputt.zip" in shown[2]
    assert "Ausgangssprache" in shown[4]


def test_xliff_text_every_message_has_a_german_translation(german: None) -> None:  # noqa: F811
    """The catalogue's XLIFF messages are all translated (and differ from the English)."""
    from PySide6.QtCore import QCoreApplication

    sources = _sources()
    assert len(sources) >= 20
    for source in sources:
        assert QCoreApplication.translate("Xliff", source) != source
