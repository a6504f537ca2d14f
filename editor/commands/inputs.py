"""What every headless command shares: reading the input text and finding the user's data."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from editor.config import default_data_dir
from editor.text.languages import UnknownLanguageError, normalise_code

if TYPE_CHECKING:
    from editor.models.store import Store

_BOM = b"\xef\xbb\xbf"


class InputError(Exception):
    """Bad input for the user: one line naming the file and what is wrong (exit code 2)."""


def read_input(
    file: str | None, *, drop_bom: bool = False, universal_newlines: bool = False
) -> tuple[str, str]:
    """Read ``file`` (stdin for None or ``-``) as strict UTF-8; returns ``(name, text)``.

    Offsets the commands print are into this text, exactly as read; ``drop_bom`` removes a leading
    byte-order mark (for conversions, whose output must not start with one); ``universal_newlines``
    reads ``\r\n`` and a lone ``\r`` as ``\n``, as Python's ``open(path).read()`` does, so the offsets
    of ``spellcheck`` and ``readability`` are the indices a script reading the file that way gets.
    """
    name = "<stdin>" if file in (None, "-") else str(file)
    try:
        data = sys.stdin.buffer.read() if file in (None, "-") else Path(str(file)).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    skip = len(_BOM) if drop_bom and data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: invalid UTF-8 at byte offset {exc.start + skip}") from None
    if universal_newlines and "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return name, text


def note_if_empty(name: str, text: str, what: str) -> None:
    """Say on stderr that the input holds nothing (empty or only white space), naming it: the command
    still succeeds with its empty result, but a wrong path or an empty pipe does not pass unnoticed."""
    if not text.strip():
        shown = "the input" if name == "<stdin>" else "the file"
        print(f"{name}: {shown} is empty; {what}", file=sys.stderr)


def language_option(code: str) -> str:
    """Validate a ``--lang CODE`` value (the same rule for every command); returns it unchanged.

    Raises :class:`InputError` naming the value for anything that is not a language code or BCP 47 tag
    (``1234``, ``../../etc``, a 100,000-character string).
    """
    try:
        normalise_code(code)
    except UnknownLanguageError:
        shown = code if len(code) <= 40 else code[:40] + "…"
        raise InputError(f"--lang {shown}: not a language code (try de, en-GB, ar, fa, uk)") from None
    return code


def data_dir(data: str | None) -> Path:
    """``--data DIR``, else ``$INTEGREAT_DESK_DATA``, else the platform's per-user data folder."""
    return Path(data) if data else default_data_dir()


def region_store(data: str | None, region: str) -> Store:
    """The working copy of ``--region`` in ``--data``; InputError (naming the region) when it cannot be
    opened."""
    from editor.models.errors import StoreError
    from editor.models.store import open_store

    try:
        return open_store(data_dir(data), region)
    except StoreError as exc:
        raise InputError(f"--region {region}: {exc}") from None
