"""XLIFF export and import problems in the UI language (ADR 0018).

:class:`editor.text.xliff.XliffError` and :class:`editor.models.xliff_exchange.ExchangeError` carry a
``code`` and ``params``; an import problem of one ``<file>`` (code ``at``) names the place and keeps its
cause. This module words them with ``QCoreApplication.translate("Xliff", …)``; the causes from other
layers go through :func:`editor.views.error_text.describe`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from editor.models.errors import cause_code
from editor.models.xliff_exchange import ExchangeError
from editor.text.xliff import XliffError
from editor.views.error_text import describe
from editor.views.store_text import cause_text

__all__ = ["xliff_error_text"]

translate = QCoreApplication.translate


def xliff_error_text(exc: BaseException) -> str:
    """The message for a failed XLIFF export or import."""
    if isinstance(exc, ExchangeError):
        if exc.code == "at":
            inner = xliff_error_text(exc.inner) if exc.inner is not None else ""
            return f"{exc.params.get('where', '')}: {inner}"
        if exc.code == "store" and exc.inner is not None:
            return describe(exc.inner)
        if exc.code == "unreadable":
            return _fill(
                translate("Xliff", "{path} cannot be read: {cause}"),
                {"path": exc.params.get("path", ""), "cause": _cause(exc.inner)},
            )
        return _worded(exc.code, exc.params, str(exc))
    if isinstance(exc, XliffError):
        return _worded(exc.code, exc.params, str(exc))
    if isinstance(exc, OSError):
        return _cause(exc)
    return describe(exc)


def _cause(exc: BaseException | None) -> str:
    if exc is None:
        return "?"
    code = cause_code(exc)
    if code == "other" and not isinstance(exc, OSError):
        return translate("Xliff", "it is not a valid zip file")
    return cause_text({"cause": code, "detail": getattr(exc, "strerror", None) or str(exc)})


def _worded(code: str, params: Mapping[str, str], fallback: str) -> str:
    template = _templates().get(code)
    return _fill(template, params) if template is not None else fallback


def _fill(template: str, params: Mapping[str, str]) -> str:
    names = [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]
    return template.format(**{name: params.get(name, "?") for name in names})


def _templates() -> dict[str, str]:
    return {
        "bad_version": translate("Xliff", "XLIFF version {version} is not supported (use 1.2 or 2.0)."),
        "no_pages": translate("Xliff", "There are no pages to write."),
        "mixed_languages": translate("Xliff", "XLIFF 2.0: all pages of one file need the same languages."),
        "not_xml": translate("Xliff", "{name} is not well-formed XML ({detail})."),
        "doctype": translate("Xliff", "{name}: a document type declaration is not allowed in XLIFF."),
        "wrong_root": translate("Xliff", "{name}: the root element is <{root}>, not <xliff>."),
        "unsupported_version": translate(
            "Xliff", "{name}: XLIFF version {version} is not supported (1.2 or 2.0)."
        ),
        "no_unit": translate("Xliff", "{where} (original {original}): no title or content unit."),
        "not_field": translate(
            "Xliff", "{where}: the unit {unit} is not a page field (title, content or body)."
        ),
        "no_target": translate("Xliff", "{where}: the unit {unit} has no <target>."),
        "no_attribute": translate("Xliff", "{where}: <{element}> has no {attribute} attribute."),
        "no_file": translate("Xliff", "{name}: no <file> element, so no page to import."),
        "no_language": translate("Xliff", "The region has no language {language} (it has {languages})."),
        "source_language": translate(
            "Xliff", "{language} is the region's source language; XLIFF is for translations."
        ),
        "id_clash": translate(
            "Xliff", "Page {page} has no CMS id and its local id is another page's CMS id."
        ),
        "no_source_text": translate(
            "Xliff", "Page {page} has no source text ({language}) to translate from."
        ),
        "no_page": translate("Xliff", "There is no page with id {page} in this working copy."),
        "not_page_id": translate("Xliff", "{where}: “original” is not a page id."),
        "target_language": translate("Xliff", "{where}: the region has no language {language}."),
        "nothing_to_export": translate(
            "Xliff", "No page has a text to translate into this language ({language})."
        ),
        "not_a_file": translate("Xliff", "{path} is not a file, or larger than {limit} MB."),
        "zip_empty": translate("Xliff", "{path}: the zip file holds no .xliff file."),
    }
