"""XLIFF files in the Integreat CMS's own layout: writer and reader (Qt-free, no CMS ids looked up).

The writer reproduces ``integreat_cms/xliff/xliff1_serializer.py`` and ``xliff2_serializer.py``: the
same elements and attributes in the same order, CDATA sources and targets, written by a SAX generator
and pretty-printed by ``minidom.toprettyxml()`` exactly as ``base_serializer.Serializer.getvalue``
does. One ``<file original="<CMS page id>">`` per page, with the units ``title`` and ``body`` (1.2,
the CMS's legacy name for ``content``) or ``title`` and ``content`` (2.0).

The reader accepts both versions (detected from the root element, as ``generic_serializer.py`` does),
strips each target as the CMS's import does, and refuses DTDs and entities (no network, no expansion).
File names follow ``xliff/utils.py``: :func:`xliff_file_name` and :func:`zip_file_name`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.dom import minidom
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

import lxml.etree

VERSIONS = ("1.2", "2.0")
NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"
#: Unit names the CMS reads, and the field each fills (``body`` is the legacy name of ``content``).
FIELDS = {"title": "title", "content": "content", "body": "content"}


class XliffError(ValueError):
    """A file that is not XLIFF the CMS would import; the message names the file and the place.

    ``code`` names the problem and ``params`` hold the values its message needs, so views word it in
    the UI language (ADR 0018); ``str(exc)`` stays English."""

    def __init__(self, message: str, code: str = "other", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}


@dataclass(frozen=True, slots=True)
class XliffPage:
    """One ``<file>`` of an XLIFF document: one page's title and content, source and target.

    ``original`` is the CMS page id as written; ``external_href`` the ``<external-file href>`` the
    CMS falls back to when ``original`` names no page. Languages are BCP 47 tags (``de-DE``).
    """

    original: str
    source_language: str
    target_language: str
    source_title: str
    target_title: str
    source_content: str
    target_content: str
    external_href: str = ""

    @property
    def page_id(self) -> int | None:
        """The CMS page id, or None when ``original`` is not a number."""
        return int(self.original) if self.original.strip().isdigit() else None


# --------------------------------------------------------------------------------------------------------
# Writing


class _Generator(XMLGenerator):
    def start(self, name: str, attrs: dict[str, str] | None = None) -> None:
        self.startElement(name, AttributesImpl(attrs or {}))

    def cdata(self, content: str) -> None:
        # the CMS writes the raw text; "]]>" inside would end the section, so it is split
        self.ignorableWhitespace("<![CDATA[" + content.replace("]]>", "]]]]><![CDATA[>") + "]]>")


def write_xliff(
    pages: Sequence[XliffPage],
    version: str = "1.2",
    *,
    source_direction: str = "LEFT_TO_RIGHT",
    target_direction: str = "LEFT_TO_RIGHT",
) -> str:
    """The XLIFF text of ``pages`` as the CMS exports it (``version`` 1.2 or 2.0).

    For 2.0 every page must have the same languages (the CMS's rule); the directions are the CMS's
    ``LEFT_TO_RIGHT``/``RIGHT_TO_LEFT``.
    """
    if version not in VERSIONS:
        raise XliffError(
            f"XLIFF version {version!r} is not supported (use 1.2 or 2.0)", "bad_version", version=version
        )
    if not pages:
        raise XliffError("no pages to write", "no_pages")
    stream = io.StringIO()
    xml = _Generator(stream, "utf-8", short_empty_elements=False)
    xml.startDocument()
    if version == "1.2":
        xml.start("xliff", {"version": "1.2", "xmlns": NS_12})
        for page in pages:
            _file_12(xml, page)
    else:
        languages = {(p.source_language, p.target_language) for p in pages}
        if len(languages) != 1:
            raise XliffError("XLIFF 2.0: all pages of one file need the same languages", "mixed_languages")
        source, target = languages.pop()
        xml.start(
            "xliff",
            {"version": "2.0", "xmlns": NS_20, "srcLang": source, "srcDir": source_direction,
             "trgLang": target, "trgDir": target_direction},
        )  # fmt: skip
        for page in pages:
            xml.start("file", {"original": page.original})
            _unit(xml, "unit", "title", page.source_title, page.target_title, segment=True)
            _unit(xml, "unit", "content", page.source_content, page.target_content, segment=True)
            xml.endElement("file")
    xml.endElement("xliff")
    xml.endDocument()
    return minidom.parseString(stream.getvalue()).toprettyxml()


def _file_12(xml: _Generator, page: XliffPage) -> None:
    xml.start(
        "file",
        {"original": page.original, "datatype": "plaintext", "source-language": page.source_language,
         "target-language": page.target_language},
    )  # fmt: skip
    xml.start("header", {})
    xml.start("phase-group", {})
    for name, process in (("shortcodes", "Shortcodes identification"), ("post_type", "Post type")):
        xml.start("phase", {"phase-name": name, "process-name": process})
        xml.endElement("phase")
    xml.endElement("phase-group")
    xml.endElement("header")
    xml.start("body", {})
    _unit(xml, "trans-unit", "title", page.source_title, page.target_title, segment=False)
    _unit(xml, "trans-unit", "body", page.source_content, page.target_content, segment=False)
    xml.endElement("body")
    xml.endElement("file")


def _unit(xml: _Generator, tag: str, name: str, source: str, target: str, *, segment: bool) -> None:
    xml.start(tag, {"id": name, "resname": name, "restype": "string", "datatype": "html"})
    if segment:
        xml.start("segment", {})
    for part, text in (("source", source), ("target", target)):
        xml.start(part, {})
        xml.cdata(text)
        xml.endElement(part)
    if segment:
        xml.endElement("segment")
    xml.endElement(tag)


def xliff_file_name(
    region: str, source: str, target: str, page_id: int, source_version: int, source_slug: str
) -> str:
    """``<region>_<src>_<tgt>_<pageid>_<sourceversion>_<sourceslug>.xliff`` (``page_to_xliff``)."""
    return f"{region}_{source}_{target}_{page_id}_{source_version}_{source_slug}.xliff"


def zip_file_name(region: str, source: str, target: str, when: datetime) -> str:
    """``<region>_<YYYY-MM-DD_HH-MM>_<src>_<tgt>.zip`` (``pages_to_xliff_file``)."""
    return f"{region}_{when.strftime('%Y-%m-%d_%H-%M')}_{source}_{target}.zip"


# --------------------------------------------------------------------------------------------------------
# Reading


def read_xliff(data: bytes, name: str = "XLIFF") -> list[XliffPage]:
    """Parse an XLIFF 1.2 or 2.0 file; raises :class:`XliffError` naming ``name`` and the problem."""
    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
    )
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise XliffError(f"{name}: not well-formed XML ({exc})", "not_xml", name=name, detail=exc) from None
    info: Any = root.getroottree().docinfo
    if info.internalDTD is not None or info.doctype:
        raise XliffError(f"{name}: a document type declaration is not allowed in XLIFF", "doctype", name=name)
    if _local(root.tag) != "xliff":
        raise XliffError(
            f"{name}: the root element is <{_local(root.tag)}>, not <xliff>",
            "wrong_root",
            name=name,
            root=_local(root.tag),
        )
    version = root.get("version", "")
    if version.startswith("2"):
        return _read_20(root, name)
    if version.startswith("1"):
        return _read_12(root, name)
    raise XliffError(
        f"{name}: XLIFF version {version!r} is not supported (1.2 or 2.0)",
        "unsupported_version",
        name=name,
        version=version,
    )


def _read_12(root: lxml.etree._Element, name: str) -> list[XliffPage]:
    pages = []
    for number, file in enumerate(_children(root, "file"), 1):
        where = f"{name}: <file> {number}"
        source, target = _require(file, "source-language", where), _require(file, "target-language", where)
        units = _units(file, "trans-unit", where)
        pages.append(_page(file, source, target, units, where))
    return _non_empty(pages, name)


def _read_20(root: lxml.etree._Element, name: str) -> list[XliffPage]:
    source, target = _require(root, "srcLang", name), _require(root, "trgLang", name)
    pages = [
        _page(file, source, target, _units(file, "unit", f"{name}: <file> {n}"), f"{name}: <file> {n}")
        for n, file in enumerate(_children(root, "file"), 1)
    ]
    return _non_empty(pages, name)


def _page(
    file: lxml.etree._Element, source: str, target: str, units: dict[str, tuple[str, str]], where: str
) -> XliffPage:
    original = _require(file, "original", where)
    external = next((e.get("href", "") for e in file.iter() if _local(e.tag) == "external-file"), "")
    title = units.get("title", ("", ""))
    content = units.get("content")
    if content is None and "title" not in units:
        raise XliffError(
            f"{where} (original {original}): no title or content unit",
            "no_unit",
            where=where,
            original=original,
        )
    body = content or ("", "")
    return XliffPage(original, source, target, title[0], title[1], body[0], body[1], external)


def _units(file: lxml.etree._Element, tag: str, where: str) -> dict[str, tuple[str, str]]:
    units: dict[str, tuple[str, str]] = {}
    for unit in (e for e in file.iter() if _local(e.tag) == tag):
        resname = unit.get("resname") or unit.get("id") or ""
        field = FIELDS.get(resname)
        if field is None:
            raise XliffError(
                f"{where}: unit {resname!r} is not a page field (title, content or body)",
                "not_field",
                where=where,
                unit=resname,
            )
        target = next((e for e in unit.iter() if _local(e.tag) == "target"), None)
        if target is None:
            raise XliffError(
                f"{where}: unit {resname!r} has no <target>", "no_target", where=where, unit=resname
            )
        source = next((e for e in unit.iter() if _local(e.tag) == "source"), None)
        units[field] = (
            _inner_text(source).strip() if source is not None else "",
            _inner_text(target).strip(),
        )
    return units


def _inner_text(element: lxml.etree._Element) -> str:
    """The text of ``element`` and its descendants (Django's ``getInnerText``: tags dropped)."""
    return "".join(str(part) for part in element.itertext())


def _children(element: lxml.etree._Element, tag: str) -> list[lxml.etree._Element]:
    return [e for e in element.iter() if _local(e.tag) == tag]


def _require(element: lxml.etree._Element, attribute: str, where: str) -> str:
    value = element.get(attribute)
    if not value:
        raise XliffError(
            f"{where}: <{_local(element.tag)}> has no {attribute} attribute",
            "no_attribute",
            where=where,
            element=_local(element.tag),
            attribute=attribute,
        )
    return str(value)


def _non_empty(pages: list[XliffPage], name: str) -> list[XliffPage]:
    if not pages:
        raise XliffError(f"{name}: no <file> element, so no page to import", "no_file", name=name)
    return pages


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""
