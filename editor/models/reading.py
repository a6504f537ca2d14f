"""Turning stored rows into records, and naming the row when one cannot be read.

Every read of the store ends here: a bad enum or date value or text that is not valid UTF-8 becomes an
:class:`UnreadableError` naming the file, page and language (never a ``KeyError``/``ValueError``, never
the page text).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from editor.models.db import Undecodable
from editor.models.enums import Status
from editor.models.errors import UnreadableError
from editor.models.records import TranslationData


def time_of(value: str | None) -> datetime | None:
    """A stored time stamp; ``ValueError`` naming the value (not the page text) when it is not one."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"a date that cannot be read ({short(value)})") from None


def clean(value: Any) -> Any:
    """Undecodable text made displayable (U+FFFD for the bad bytes); anything else unchanged."""
    if isinstance(value, Undecodable):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def short(value: Any) -> str:
    return repr(clean(value))[:40]


def verify_text(*values: Any) -> None:
    if any(isinstance(v, Undecodable) for v in values):
        raise ValueError("text that is not valid UTF-8")


def unreadable(
    path: Path, page_id: Any, language: Any, title: Any, exc: BaseException, what: str = ""
) -> UnreadableError:
    """The error for one unreadable row: file, page, language and the kind of damage, no page text."""
    if isinstance(exc, KeyError):
        detail = f"unknown status {short(exc.args[0] if exc.args else None)}"
    elif isinstance(exc, TypeError):
        detail = "a value of the wrong type"
    else:
        detail = str(exc)[:80]
    lang = str(clean(language))
    label = f"page {page_id} ({lang}){' ' + what if what else ''}"
    return UnreadableError(f"{path}: {label} cannot be read: {detail}", page_id, lang, str(clean(title)))


def read_translation(row: Any, path: Path) -> TranslationData:
    (tid, page_id, lang, title, slug, content, status, changed, server, local, token, bhash,
     btitle, bcontent) = row  # fmt: skip
    try:
        verify_text(*row)
        return TranslationData(
            tid, page_id, lang, title, slug, content, Status[status], bool(changed), time_of(server),
            time_of(local), token, bhash, btitle, bcontent,
        )  # fmt: skip
    except (KeyError, ValueError, TypeError) as exc:
        raise unreadable(path, page_id, lang, title, exc) from None


def data_or_report(
    row: Any, path: Path, on_unreadable: Callable[[UnreadableError], None] | None
) -> TranslationData | None:
    try:
        return read_translation(row, path)
    except UnreadableError as exc:
        if on_unreadable is None:
            raise
        on_unreadable(exc)
        return None
