"""Writing a file whole or not at all: the region's glossary and the exports the user asks for.

The content goes into a temporary file beside the target (``.<name>.<pid>.<random>.partial``: the same
folder, so the rename cannot cross file systems), is flushed to the disk and then renamed over the
target in one step. Whatever fails on the way (a full disk, a missing folder, a target that is a
folder), the temporary file is removed and the target is as it was: never a half-written file, and
readers of the target see the old file or the new one, nothing in between.
"""

from __future__ import annotations

import io
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def replace_file(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Let ``write`` fill a new file (opened in binary mode), then put it in ``target``'s place.
    Raises ``OSError`` (or what ``write`` raises) with ``target`` unchanged and nothing left behind."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with temporary.open("xb") as out:  # a new file, with the permissions a new target gets
            write(out)
            out.flush()
            os.fsync(out.fileno())
        if target.is_file():
            shutil.copymode(target, temporary)  # an overwritten file keeps its permissions
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def replace_text(target: Path, text: str) -> None:
    """:func:`replace_file` with ``text`` in UTF-8, line ends as ``Path.write_text`` writes them."""

    def write(out: BinaryIO) -> None:
        wrapper = io.TextIOWrapper(out, encoding="utf-8")
        wrapper.write(text)
        wrapper.flush()
        wrapper.detach()  # ``replace_file`` flushes it to the disk and closes it

    replace_file(target, write)
