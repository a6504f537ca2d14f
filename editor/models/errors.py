"""Typed errors of the working-copy layer; views turn them into messages.

Every :class:`StoreError` carries a ``code`` naming what went wrong and ``params`` with the values a
message needs (``path``, ``page``, ``language`` …), so the views word it in the UI language
(editor/views/store_text.py, ADR 0018); ``str(exc)`` stays the English sentence for logs and the command
line. A failure of SQLite or the file system adds ``cause`` (a code from :func:`cause_code`) and
``detail`` (the technical text, shown only when the cause is ``other``).
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

#: Causes :func:`cause_code` knows; anything else is ``other``.
CAUSES = ("damaged", "not_utf8", "locked", "read_only", "disk_full", "io", "permission", "not_found")


class StoreError(Exception):
    """A working copy cannot be opened or changed; the message names the file and the problem."""

    def __init__(self, message: str, code: str = "other", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}


class ImportDataError(ValueError):
    """Import data (CMS API JSON) is malformed; the message names the file or item and the field.

    ``where`` locates the problem (a :class:`Where` or, for a whole file, its path), ``code`` names it
    and ``params`` hold the values a message needs, so the views word it in the UI language
    (editor/views/error_text.py); ``str(exc)`` is the English sentence for logs and the command line.
    """

    def __init__(self, where: object, english: str, code: str = "other", **params: object) -> None:
        super().__init__(f"{where}: {english}" if str(where) else english)
        self.where = where if isinstance(where, Where) else Where(str(where))
        self.source, self.page_path = self.where.source, self.where.path  # values, not wording
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}


@dataclass(frozen=True, slots=True)
class Where:
    """A place in import data: the file or address, the item (``language``, ``page`` or ``region``
    with its number from 1 and, for a page, its path) and the field inside it (``parent``,
    ``available_languages.de``)."""

    source: str
    item: str = ""
    number: int = 0
    path: str = ""
    field: str = ""

    def __str__(self) -> str:
        text = self.source
        if self.item:
            text += f", {self.item} {self.number}"
        if self.path:
            text += f" ({self.path[:80]})"
        if self.field:
            text += f", {self.field}"
        return text


def json_kind(value: object) -> str:
    """The JSON name of a parsed value's kind: ``object``, ``list``, ``string``, ``number``,
    ``boolean`` or ``null``."""
    if isinstance(value, bool):
        return "boolean"
    kinds = {dict: "object", list: "list", str: "string", int: "number", float: "number"}
    return kinds.get(type(value), "null")


class UnreadableError(StoreError):
    """One stored translation cannot be read (undecodable text, an unknown status, a bad date).

    The message names the file, the page and the language; the attributes let a report list the row
    and go on, and let the window open that pane read-only. ``cause`` (``cause`` and ``detail``
    parameters, see :func:`failure`) says why, when the reason is a failure of the file.
    """

    def __init__(
        self,
        message: str,
        page_id: object,
        language: str,
        title: str = "",
        cause: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, "unreadable", page=page_id, language=language, **(cause or {}))
        self.page_id = page_id
        self.language = language
        self.title = title


class WorkingCopyLostError(StoreError):
    """The working copy's write-ahead log was removed or replaced while the file was open.

    What was saved since the last checkpoint may exist only in this process's open connections; the
    file must not be written again. ``path`` is the working copy.
    """

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            f"{path}: the working copy's journal ({detail}) was removed or replaced by another program "
            "while the file was open; edits can no longer be saved to it",
            "journal_lost",
            path=path,
        )
        self.path = path


def cause_code(exc: BaseException) -> str:
    """What kind of SQLite or file-system failure ``exc`` is: one of :data:`CAUSES` or ``other``."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the sqlite3 error
    error = orig if orig is not None else exc
    if isinstance(error, UnicodeDecodeError):
        return "damaged"
    if isinstance(error, OSError):
        return _OS_CAUSES.get(error.errno or 0, "other")
    text = str(error).lower()
    if isinstance(error, sqlite3.Error) or "sqlite" in type(error).__module__:
        for needle, code in _SQLITE_CAUSES:
            if needle in text:
                return code
    return "other"


def failure(exc: BaseException, detail: str | None = None) -> dict[str, str]:
    """The ``cause`` and ``detail`` parameters of a :class:`StoreError` raised because of ``exc``."""
    return {"cause": cause_code(exc), "detail": str(exc) if detail is None else detail}


_OS_CAUSES = {
    errno.EACCES: "permission", errno.EPERM: "permission", errno.EROFS: "read_only",
    errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full", errno.EIO: "io", errno.ENOENT: "not_found",
}  # fmt: skip
_SQLITE_CAUSES = (
    ("could not decode to utf-8", "not_utf8"),
    ("not a database", "damaged"),
    ("malformed", "damaged"),
    ("locked", "locked"),
    ("busy", "locked"),
    ("readonly", "read_only"),
    ("read-only", "read_only"),
    ("full", "disk_full"),
    ("disk i/o", "io"),
    ("unable to open", "not_found"),
)
