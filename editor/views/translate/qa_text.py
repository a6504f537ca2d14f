"""QA and glossary warnings in the UI language (ADR 0018).

The checks return each warning as a :class:`editor.text.worded.Worded`: the English sentence with a
``key`` and its values. This module words the keys with ``QCoreApplication.translate("QaWarnings", …)``;
a plain string (no key) is shown as it is.
"""

from __future__ import annotations

import string

from PySide6.QtCore import QCoreApplication

__all__ = ["qa_text"]

translate = QCoreApplication.translate


def qa_text(message: str) -> str:
    """``message`` in the UI language."""
    key = getattr(message, "key", None)
    template = _templates().get(key) if key else None
    if template is None:
        return str(message)
    params: dict[str, str] = getattr(message, "params", {})
    names = [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name]
    return template.format(**{name: params.get(name, "?") for name in names})


def _templates() -> dict[str, str]:
    return {
        "empty": translate("QaWarnings", "The translation of this block is empty."),
        "notranslate": translate(
            "QaWarnings", "“{text}” is marked not to be translated but is missing or changed."
        ),
        "structure_heading": translate(
            "QaWarnings", "Headings: {mine} in the source, {theirs} in the translation."
        ),
        "structure_item": translate(
            "QaWarnings", "List items: {mine} in the source, {theirs} in the translation."
        ),
        "structure_cell": translate(
            "QaWarnings", "Table cells: {mine} in the source, {theirs} in the translation."
        ),
        "source_link": translate(
            "QaWarnings",
            "Links to the source-language page ({source}) {link}; the page for this language "
            "({target}) is {translated}.",
        ),
        "link_missing": translate("QaWarnings", "The link to {link} is missing."),
        "missing_email": translate("QaWarnings", "The e-mail address {text} is missing."),
        "missing_phone": translate("QaWarnings", "The phone number {text} is missing."),
        "missing_date": translate("QaWarnings", "The date {text} is missing."),
        "missing_time": translate("QaWarnings", "The time {text} is missing."),
        "missing_number": translate("QaWarnings", "The number {text} is missing."),
        "same_as_source": translate("QaWarnings", "The block is the same as the source."),
        "looks_like": translate(
            "QaWarnings", "The block looks like the source language ({language}): {words}"
        ),
        "glossary_keep": translate("QaWarnings", "“{term}” is not to be translated but is missing."),
        "glossary_term": translate("QaWarnings", "“{term}” should be translated as agreed: {agreed}."),
    }
