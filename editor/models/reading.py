"""Turning stored rows into records, and naming the row when one cannot be read.

Every read of the store ends here: a bad enum or date value or text that is not valid UTF-8 becomes an
:class:`UnreadableError` naming the file, page and language (never a ``KeyError``/``ValueError``, never
the page text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from editor.models.db import DB_ERRORS, Undecodable, cause, is_decode_error, lenient_rows, reason
from editor.models.enums import Status
from editor.models.errors import StoreError, UnreadableError
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


def scan_translations(
    conn: sqlite3.Connection,
    path: Path,
    columns: str,
    language: str | None,
    on_unreadable: Callable[[UnreadableError], None] | None,
) -> Iterator[TranslationData]:
    """Stream every translation (of ``language``) in page order; see ``Store.iter_translations``.

    After text that is not UTF-8 stops the cursor, the scan reads that one row leniently (to name it)
    and goes on behind it: ``(page_id, language_code) > (last row read)``.
    """
    which = "language_code = ?" if language else "1"
    sql = (
        f"SELECT {columns} FROM translation WHERE {which} "
        "AND (page_id, language_code) > (?, ?) ORDER BY page_id, language_code"
    )
    after: tuple[Any, ...] = (-(2**63), "")
    failed = f"{path}: reading the translations failed"
    while True:
        params = ((language,) if language else ()) + after
        try:
            for row in conn.execute(sql, params):  # streamed: a large region is not held in memory
                after = (row[1], row[2])
                item = data_or_report(row, path, on_unreadable)
                if item is not None:
                    yield item
            return
        except sqlite3.OperationalError as exc:
            if not is_decode_error(exc):
                raise StoreError(f"{failed} ({reason(exc)})", "read_failed", path=path, **cause(exc)) from exc
            params = ((language,) if language else ()) + after  # from the last row read
            bad = lenient_rows(conn, sql + " LIMIT 1", params)  # the row that failed
            if not bad:
                return
            after = (bad[0][1], bad[0][2])
            data_or_report(bad[0], path, on_unreadable)
        except DB_ERRORS as exc:
            raise StoreError(f"{failed} ({reason(exc)})", "read_failed", path=path, **cause(exc)) from exc
