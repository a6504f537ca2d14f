"""Conventions every region report shares: a header row, page path and title, plain cells, a quiet exit
when the reader of the output goes away (``| head``), and CSV that German Excel opens correctly."""

from __future__ import annotations

import csv
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

_MARKUP = re.compile(r"<[^>]*>|\*\*|__|\{[:#.][^}]*\}|`")
_SPACE = re.compile(r"\s+")


def plain(value: Any) -> str:
    """A cell without markup, line breaks or runs of spaces."""
    if value is None:
        return ""
    return _SPACE.sub(" ", _MARKUP.sub("", str(value))).strip()


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


def pipe_safe(run: Callable[[], int]) -> int:
    """Run ``run``; when stdout's reader has gone (``| head``), stop quietly instead of a traceback."""
    try:
        code = run()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def is_german(ui_lang: str | None) -> bool:
    """True when the UI language (``--lang``, else ``LANG``/``LC_ALL``) is German."""
    value = ui_lang or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return value.lower().startswith("de")
