"""Messages in the UI language for the working copy's and the text layer's errors (ADR 0018).

:class:`StoreError` and :class:`ContentError` carry a ``code`` and ``params``
(editor/models/errors.py, editor/text/errors.py); each code has a sentence here, worded with
``QCoreApplication.translate("Errors", …)``. A failure of SQLite or the file system adds a ``cause`` code,
worded by :func:`cause_text`; only an unknown cause shows the technical detail, as data inside a
translated sentence. :func:`editor.views.error_text.describe` calls these.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from editor.models.errors import StoreError
from editor.text.errors import ContentError

__all__ = ["cause_text", "content_text", "store_text"]

translate = QCoreApplication.translate


def store_text(exc: StoreError) -> str | None:
    """The message for ``exc``'s code, or None for a code without one."""
    template = _store_templates().get(exc.code)
    if template is None:
        return None
    return _fill(template, exc.params)


def content_text(exc: ContentError) -> str | None:
    """The message for ``exc``'s code, or None for a code without one."""
    template = _content_templates().get(exc.code)
    if template is None:
        return None
    text = _fill(template, exc.params)
    if exc.code == "too_deep" and exc.params.get("line"):
        text += " " + translate("Errors", "(line {line})").format(line=exc.params["line"])
    if exc.code == "unsafe_markup" and exc.params.get("detail"):  # what, and where: "<iframe> (line 2)"
        text += " " + translate("Errors", "First found: {detail} (line {line}).").format(
            detail=exc.params["detail"], line=exc.params.get("line", "?")
        )
    return text


def cause_text(params: Mapping[str, str]) -> str:
    """Why a file or database operation failed, from the ``cause`` and ``detail`` parameters."""
    causes = {
        "damaged": translate("Errors", "the file is damaged"),
        "not_utf8": translate("Errors", "it holds text that is not valid UTF-8"),
        "locked": translate("Errors", "it is in use by another program"),
        "read_only": translate("Errors", "it is read-only"),
        "disk_full": translate("Errors", "the disk is full"),
        "io": translate("Errors", "the disk reported a read or write error"),
        "permission": translate("Errors", "permission denied"),
        "not_found": translate("Errors", "the file or folder does not exist"),
        "log_not_empty": translate("Errors", "its journal is not empty"),
    }
    found = causes.get(params.get("cause", ""))
    if found is not None:
        return found
    return translate("Errors", "technical cause: {0}").format(params.get("detail", "") or "?")


def _fill(template: str, params: Mapping[str, str]) -> str:
    values = _Blank(params)
    if "{cause}" in template:
        values["cause"] = cause_text(params)
    return template.format_map(values)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _store_templates() -> dict[str, str]:
    return {
        **_opening_templates(),
        "write_failed": translate("Errors", "Writing to the working copy {path} failed: {cause}."),
        "read_failed": translate("Errors", "Reading the working copy {path} failed: {cause}."),
        "read_only": translate("Errors", "The working copy {path} is read-only; nothing was saved."),
        "save_failed": translate("Errors", "Saving page {page} ({language}) failed: {cause}."),
        "bad_language": translate(
            "Errors", "The language {language} in the working copy {path} cannot be read."
        ),
        "bad_recovery_file": translate("Errors", "{path} is not a readable recovery file: {cause}."),
        "bad_glossary": translate("Errors", "The glossary {path} cannot be read: {cause}."),
        "glossary_not_saved": translate("Errors", "The glossary {path} cannot be saved: {cause}."),
        "bad_demo": translate("Errors", "The demo region in {path} cannot be read."),
        "bad_slug": translate("Errors", "“{region}” is not a valid region name."),
        **_editing_templates(),
    }


def _opening_templates() -> dict[str, str]:
    return {
        "missing": translate("Errors", "There is no working copy in {path}."),
        "unreadable_file": translate("Errors", "{path} is not a readable working copy: {cause}."),
        "old_read_only": translate(
            "Errors",
            "{path} was made by an older version of Integreat Desk and is read-only, so it cannot be "
            "upgraded. Make it writable and open it again.",
        ),
        "no_folder": translate("Errors", "The folder {path} cannot be created: {cause}."),
        "not_completed": translate("Errors", "The new working copy {path} cannot be completed: {cause}."),
        "not_created": translate("Errors", "No working copy can be created in {path}: {cause}."),
        "foreign_file": translate(
            "Errors",
            "{path} is an SQLite file but not an Integreat Desk working copy; it was left unchanged.",
        ),
        "no_schema": translate(
            "Errors",
            "{path} carries the Integreat Desk mark but is not a working copy (it has no schema version); "
            "it was left unchanged.",
        ),
        "schema_damaged": translate(
            "Errors", "The schema version of the working copy {path} is damaged; it was left unchanged."
        ),
        "newer_schema": translate(
            "Errors",
            "{path} was made by a newer version of Integreat Desk. Update Integreat Desk to open it; "
            "it was left unchanged.",
        ),
        "incomplete": translate(
            "Errors", "{path} is not a complete working copy (missing: {tables}); it was left unchanged."
        ),
        "not_upgraded": translate("Errors", "The working copy {path} cannot be upgraded: {cause}."),
        "no_lock_file": translate("Errors", "The lock file {path} cannot be created: {cause}."),
        "being_created": translate(
            "Errors", "Another Integreat Desk is still creating this working copy ({path})."
        ),
    }


def _editing_templates() -> dict[str, str]:
    return {
        "no_translation": translate("Errors", "Page {page} has no text in {language}."),
        "no_languages": translate("Errors", "The region {region} lists no languages."),
        "other_region": translate("Errors", "This working copy holds the region {held}, not {region}."),
        "not_pulled": translate(
            "Errors", "CMS page {page} is not in the working copy yet; pull the page tree first."
        ),
        "no_operation": translate("Errors", "This change is no longer waiting to be sent."),
        "no_page": translate("Errors", "The page is no longer in the working copy."),
        "not_in_conflict": translate("Errors", "Page {page} ({language}) is not in conflict."),
        "no_version": translate("Errors", "This version is no longer in the page's history."),
        "title_needed": translate("Errors", "A new page needs a title."),
        "no_language": translate("Errors", "The working copy has no language {language}."),
        "below_itself": translate("Errors", "A page cannot be moved below itself."),
        "children_first": translate("Errors", "Discard the pages created under it first."),
        "pages_under_it": translate(
            "Errors", "Pages of the CMS were moved under it: move them elsewhere first, then discard it."
        ),
        "sync_busy": translate(
            "Errors",
            "Another sync of this working copy is running (another window or the sync command); nothing "
            "was done. Try again when it has finished.",
        ),
        "no_position": translate("Errors", "This place in the page tree is not known."),
    }


def _content_templates() -> dict[str, str]:
    return {
        "control_character": translate(
            "Errors",
            "The text contains the control character {char} at character {offset}, which HTML cannot hold.",
        ),
        "unparsable": translate(
            "Errors", "The HTML cannot be read (line {line}; technical cause: {detail})."
        ),
        "too_deep": translate(
            "Errors",
            "The Markdown is nested more than {levels} levels deep (lists, quotes or indentation) and "
            "cannot be converted.",
        ),
        "unsafe_markup": translate(
            "Errors",
            "The HTML holds markup the CMS editor does not allow (scripts, event handlers or unsafe links), "
            "which Integreat Desk would remove on saving.",
        ),
        "not_markdown": translate("Errors", "The HTML cannot be shown as Markdown without changing it."),
    }
