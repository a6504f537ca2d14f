"""Typed errors of the working-copy layer; views turn them into messages."""

from __future__ import annotations


class StoreError(Exception):
    """A working copy cannot be opened or changed; the message names the file and the problem."""


class ImportDataError(ValueError):
    """Import data (CMS API JSON) is malformed; the message names the file or item and the field."""


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


class TranslationUnreadableError(StoreError):
    """One translation's row cannot be read (text not UTF-8, an unknown status or date).

    ``reason`` says what is wrong without the file name, for messages that name the page themselves.
    """

    def __init__(self, path: object, page_id: int, language: str, reason: str) -> None:
        super().__init__(f"{path}: page {page_id} in language {language!r} cannot be read ({reason})")
        self.page_id, self.language, self.reason = page_id, language, reason
