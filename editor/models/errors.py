"""Typed errors of the working-copy layer; views turn them into messages."""

from __future__ import annotations


class StoreError(Exception):
    """A working copy cannot be opened or changed; the message names the file and the problem."""


class ImportDataError(ValueError):
    """Import data (CMS API JSON) is malformed; the message names the file or item and the field."""


class UnreadableError(StoreError):
    """One stored translation cannot be read (undecodable text, an unknown status, a bad date).

    The message names the file, the page and the language; the attributes let a report list the row
    and go on, and let the window open that pane read-only.
    """

    def __init__(self, message: str, page_id: object, language: str, title: str = "") -> None:
        super().__init__(message)
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
            "while the file was open; edits can no longer be saved to it"
        )
        self.path = path
