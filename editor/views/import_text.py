"""Malformed import data (CMS API JSON, the demo's files) and glossary files worded in the UI language.

:class:`~editor.models.errors.ImportDataError` keeps where the problem is (file or address, item,
page path, field), a ``code`` and its ``params``; this module turns them into one sentence such as
"pages/de.json, page 3 (/stadt/de/wohnen/), field “title”: the field is missing." in German or English.
JSON field names stay as they are written in the data: they are what a person looks for in the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.models.errors import ImportDataError, Where
from editor.views.store_text import cause_text

if TYPE_CHECKING:
    from editor.text.glossary import GlossaryError

__all__ = ["glossary_text", "import_text", "where_text"]


def _kinds() -> dict[str, str]:
    return {
        "object": QCoreApplication.translate("ImportData", "an object"),
        "list": QCoreApplication.translate("ImportData", "a list"),
        "string": QCoreApplication.translate("ImportData", "text"),
        "number": QCoreApplication.translate("ImportData", "a number"),
        "boolean": QCoreApplication.translate("ImportData", "true or false"),
        "null": QCoreApplication.translate("ImportData", "empty (null)"),
    }


def _problems() -> dict[str, str]:
    return {
        "not_object": QCoreApplication.translate("ImportData", "an object was expected, but it is {got}."),
        "missing": QCoreApplication.translate("ImportData", "the field “{field}” is missing."),
        "wrong_type": QCoreApplication.translate(
            "ImportData", "the field “{field}” should be {expected}, but it is {got}."
        ),
        "control_character": QCoreApplication.translate(
            "ImportData",
            "the field “{field}” contains the control character {character} at position {offset}.",
        ),
        "not_language_code": QCoreApplication.translate(
            "ImportData", "the field “{field}” holds “{value}”, which is not a language code."
        ),
        "not_list": QCoreApplication.translate("ImportData", "a list was expected, but it is {got}."),
        "not_region": QCoreApplication.translate(
            "ImportData", "the field “path” holds “{value}”, which is not a region name."
        ),
        "unknown_value": QCoreApplication.translate(
            "ImportData", "the field “{field}” has the unknown value “{value}”."
        ),
        "no_languages": QCoreApplication.translate("ImportData", "the region has no languages."),
        "not_date": QCoreApplication.translate(
            "ImportData", "the field “{field}” holds “{value}”, which is not a date."
        ),
        "unreadable": QCoreApplication.translate("ImportData", "the file cannot be read ({cause})."),
        "not_utf8": QCoreApplication.translate("ImportData", "the file is not UTF-8 text (byte {byte})."),
        "not_json": QCoreApplication.translate(
            "ImportData", "the file is not valid JSON (line {line}, column {column})."
        ),
        "same_page": QCoreApplication.translate(
            "ImportData", "two pages ({first} and {second}) claim to be the same page."
        ),
        "parent_missing": QCoreApplication.translate(
            "ImportData", "the parent page {parent} of {page} is missing."
        ),
        "cycle": QCoreApplication.translate("ImportData", "the page tree has a cycle at {page}."),
        "not_versions": QCoreApplication.translate("ImportData", "the file is not a list of page versions."),
    }


def where_text(where: Where) -> str:
    """``where`` in the UI language: the source, the item and its number, a page's path, the field."""
    items = {
        "language": QCoreApplication.translate("ImportData", "language {0}"),
        "page": QCoreApplication.translate("ImportData", "page {0}"),
        "region": QCoreApplication.translate("ImportData", "region {0}"),
    }
    text = where.source
    if where.item:
        text += ", " + items.get(where.item, where.item + " {0}").format(where.number)
    if where.path:
        text += f" ({where.path})"
    if where.field:
        text += ", " + QCoreApplication.translate("ImportData", "field “{0}”").format(where.field)
    return text


def import_text(exc: ImportDataError) -> str:
    """The problem ``exc`` names, located, in the UI language (its English ``str()`` for a code this
    module does not know)."""
    problem = _problems().get(exc.code)
    if problem is None:
        return str(exc)
    params = dict(exc.params)
    kinds = _kinds()
    for key in ("got", "expected"):
        if key in params:
            params[key] = kinds.get(params[key], params[key])
    if "cause" in params:
        params["cause"] = cause_text(exc.params)
    sentence = problem.format(**params)
    place = where_text(exc.where)
    return f"{place}: {sentence}" if place else sentence[:1].upper() + sentence[1:]


def glossary_text(exc: GlossaryError) -> str:
    """A glossary file's problem (:class:`~editor.text.glossary.GlossaryError`) in the UI language."""
    texts = {
        "not_glossary_file": QCoreApplication.translate(
            "ImportData", "{name} is not a glossary file: the name must end in .tbx or .csv."
        ),
        "too_large": QCoreApplication.translate("ImportData", "{name} is larger than {megabytes} MB."),
        "unreadable": QCoreApplication.translate("ImportData", "{name} cannot be read: {cause}."),
        "not_written": QCoreApplication.translate("ImportData", "{name} cannot be written: {cause}."),
        "not_utf8": QCoreApplication.translate("ImportData", "{name} is not UTF-8 text (byte {byte})."),
        "no_header": QCoreApplication.translate(
            "ImportData", "{name}: the first row must name the source language, then the languages."
        ),
        "cells": QCoreApplication.translate(
            "ImportData", "{name}: line {line} has {cells} cells, but the first row has {header}."
        ),
        "no_term": QCoreApplication.translate("ImportData", "{name}: line {line} has no term in {language}."),
        "not_xml": QCoreApplication.translate("ImportData", "{name} is not well-formed XML (line {line})."),
        "entry_without_term": QCoreApplication.translate(
            "ImportData", "{name}: a term entry has no term in {language}."
        ),
        "other_source": QCoreApplication.translate(
            "ImportData", "{name}: the terms are in {found}, but the region's source language is {source}."
        ),
    }
    text = texts.get(exc.code)
    if text is None:
        return str(exc)
    params = dict(exc.params)
    if "cause" in params:
        params["cause"] = cause_text(exc.params)
    return text.format(**params)
