"""XLIFF in the CMS's layout: written as the CMS writes it, read from files the CMS writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.text.xliff import XliffError, XliffPage, read_xliff, write_xliff, xliff_file_name

FILES = Path(__file__).parent / "_files" / "xliff"
PAGE = XliffPage("12", "de-DE", "en-US", "Titel", "Title", "<p>a ]]> b</p>", "<p>x</p>")


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_write_xliff_round_trip(version: str) -> None:
    """What the writer writes, the reader reads back unchanged (CDATA end markers included)."""
    assert read_xliff(write_xliff([PAGE], version).encode()) == [PAGE]


def test_write_xliff_12_matches_the_cms_layout() -> None:
    """Same elements, attributes, CDATA and pretty-printing as the CMS's xliff1_serializer."""
    text = write_xliff([XliffPage("2293", "de-DE", "en-US", "A", "B", "<p>c</p>", "")])
    assert text.splitlines()[:4] == [
        '<?xml version="1.0" ?>',
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
        '\t<file original="2293" datatype="plaintext" source-language="de-DE" target-language="en-US">',
        "\t\t<header>",
    ]
    assert '\t\t\t<trans-unit id="body" resname="body" restype="string" datatype="html">' in text
    assert "\t\t\t\t<source><![CDATA[<p>c</p>]]></source>" in text


def test_write_xliff_20_languages_and_directions() -> None:
    """XLIFF 2.0 names the languages and directions on the root, and refuses mixed languages."""
    page = XliffPage("7", "de-DE", "fa-IR", "A", "ب", "<p>c</p>", "<p>د</p>")
    text = write_xliff([page], "2.0", target_direction="RIGHT_TO_LEFT")
    assert 'trgLang="fa-IR" trgDir="RIGHT_TO_LEFT"' in text
    assert '<unit id="content" resname="content"' in text
    other = XliffPage("8", "de-DE", "en-US", "A", "B", "", "")
    with pytest.raises(XliffError, match="same languages"):
        write_xliff([page, other], "2.0")


def test_read_xliff_cms_export_12_legacy_body_and_stripped_target() -> None:
    """A CMS 1.2 export: ``body`` is the content, the target is stripped as the CMS's import does."""
    (page,) = read_xliff((FILES / "cms-export-1.2.xliff").read_bytes(), "cms.xliff")
    assert (page.page_id, page.source_language, page.target_language) == (2293, "de-DE", "en-US")
    assert page.target_title == "Extending a residence permit"
    assert page.target_content.endswith("<p>The fee is 93 euros &amp; more.</p>")
    assert page.source_content.startswith("<p>Ihr Aufenthaltstitel")


def test_read_xliff_cms_export_20() -> None:
    """A CMS 2.0 export: the languages come from the root element."""
    (page,) = read_xliff((FILES / "cms-export-2.0.xliff").read_bytes())
    assert (page.original, page.target_language, page.target_title) == ("2293", "fa-IR", "تمدید اجازه اقامت")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<xliff", "not well-formed"),
        (b"<html/>", "root element is <html>"),
        (b'<xliff version="3.0"/>', "version '3.0'"),
        (b'<xliff version="1.2"></xliff>', "no <file>"),
        (b'<xliff version="1.2"><file original="1"/></xliff>', "no source-language"),
        (
            b'<!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"><file/></xliff>',
            "document type declaration",
        ),
        (
            b'<xliff version="2.0" srcLang="de" trgLang="en"><file original="1"><unit resname="x">'
            b"<segment><target/></segment></unit></file></xliff>",
            "'x' is not a page field",
        ),
        (
            b'<xliff version="2.0" srcLang="de" trgLang="en"><file original="1"><unit resname="title">'
            b"<segment><source/></segment></unit></file></xliff>",
            "has no <target>",
        ),
    ],
)
def test_read_xliff_bad_input_is_named(data: bytes, message: str) -> None:
    """Broken or foreign files raise XliffError naming the file and the problem."""
    with pytest.raises(XliffError, match=message) as caught:
        read_xliff(data, "agency.xliff")
    assert str(caught.value).startswith("agency.xliff")


def test_xliff_file_name_as_the_cms_names_it() -> None:
    """``<region>_<src>_<tgt>_<pageid>_<sourceversion>_<sourceslug>.xliff``."""
    assert (
        xliff_file_name("augsburg", "de", "en", 12, 3, "willkommen") == "augsburg_de_en_12_3_willkommen.xliff"
    )
