"""Tables as CSV or tab-separated text: a header row, plain cells, and CSV German Excel reads (Qt-free)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

_MARKUP = re.compile(r"<[^>]*>|\*\*|__|\{[:#.][^}]*\}|`")
_SPACE = re.compile(r"\s+")


#: What :func:`plain` may change: markup characters, whitespace other than one space, a space at an end.
_CHANGES = re.compile(r"[<*_{`]|[^\S ]|  |^ | $")
#: Short cells a region's table repeats (numbers, dates, states), made plain once.
_SHORT: dict[str, str] = {}


def plain(value: Any) -> str:
    """A cell without markup, line breaks or runs of spaces."""
    if value is None:
        return ""
    text = str(value)
    if len(text) <= 12:
        done = _SHORT.get(text)
        if done is None:
            done = _SHORT[text] = _plain(text)
            if len(_SHORT) > 10_000:
                _SHORT.clear()
        return done
    return _plain(text) if _CHANGES.search(text) else text


def _plain(text: str) -> str:
    return _SPACE.sub(" ", _MARKUP.sub("", text)).strip()


def number(value: float | None, *, decimal_comma: bool, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals, with a decimal comma when asked ("" for None)."""
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if decimal_comma else text


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[Any]], *, excel_de: bool) -> None:
    """CSV with a header row. ``excel_de``: semicolons and a byte-order mark (what German Excel reads
    as UTF-8); otherwise commas. Cells are passed through :func:`plain`."""
    if excel_de:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=";" if excel_de else ",", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([plain(cell) for cell in row])


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], *, excel_de: bool) -> str:
    """:func:`write_csv` into a string."""
    buffer = io.StringIO()
    write_csv(buffer, header, rows, excel_de=excel_de)
    return buffer.getvalue()


def write_table(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Tab-separated text with a header row (cells plain, so one row per line)."""
    out.write("\t".join(header) + "\n")
    for row in rows:
        out.write("\t".join(plain(cell) for cell in row) + "\n")
