"""Tables as CSV or tab-separated text: a header row, plain cells, and CSV German Excel reads (Qt-free)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
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
    return text if _plain_already(text) or not _CHANGES.search(text) else _plain(text)


def _plain_already(text: str) -> bool:
    """True when :data:`_CHANGES` cannot match ``text``, found with string scans that cost a fraction of
    the pattern's alternatives on long cells such as page paths (False: the pattern decides). Every
    whitespace character but the space is a control or separator character, which
    ``str.isprintable`` refuses."""
    return (
        text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
        and "<" not in text and "*" not in text and "_" not in text and "{" not in text and "`" not in text
    )  # fmt: skip


def _plain(text: str) -> str:
    return _SPACE.sub(" ", _MARKUP.sub("", text)).strip()


def number(value: float | None, *, decimal_comma: bool, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals, with a decimal comma when asked ("" for None)."""
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if decimal_comma else text


def plain_rows(rows: Iterable[Sequence[Any]], clean: Sequence[int] | None = None) -> Iterator[list[str]]:
    """Each row's cells through :func:`plain`; with ``clean``, only the cells of those columns (the
    caller knows the others are plain text already: :func:`plain` would return them unchanged)."""
    if clean is None:
        for row in rows:
            yield [plain(cell) for cell in row]
        return
    already, changes = _plain_already, _CHANGES.search
    for row in rows:
        cells = list(row)
        for column in clean:  # plain(), inline (a region's table has 120,000 such cells)
            cell = cells[column]
            if cell.__class__ is not str:
                cells[column] = plain(cell)
            elif not already(cell) and changes(cell) is not None:
                cells[column] = _plain(cell)
        yield cells


def write_csv(
    out: TextIO,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    excel_de: bool,
    clean: Sequence[int] | None = None,
) -> None:
    """CSV with a header row. ``excel_de``: semicolons and a byte-order mark (what German Excel reads
    as UTF-8); otherwise commas. Cells are passed through :func:`plain` (see :func:`plain_rows`)."""
    if excel_de:
        out.write("\ufeff")
    delimiter = ";" if excel_de else ","
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    out.write("".join(_csv_lines(plain_rows(rows, clean), delimiter)))


def _csv_lines(rows: Iterable[list[str]], delimiter: str) -> Iterator[str]:
    """The lines ``csv.writer`` writes for ``rows`` (a test compares them): a row none of whose cells
    holds the delimiter, a quote or a line break is its cells joined, the others go through the
    writer (which quotes such cells)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for cells in rows:
        line = delimiter.join(cells)
        if (
            len(cells) > 1 and line.count(delimiter) == len(cells) - 1
            and '"' not in line and "\n" not in line and "\r" not in line
        ):  # fmt: skip
            yield line + "\r\n"
        else:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(cells)
            yield buffer.getvalue()


def csv_text(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    excel_de: bool,
    clean: Sequence[int] | None = None,
) -> str:
    """:func:`write_csv` into a string."""
    buffer = io.StringIO()
    write_csv(buffer, header, rows, excel_de=excel_de, clean=clean)
    return buffer.getvalue()


def write_table(
    out: TextIO, header: Sequence[str], rows: Iterable[Sequence[Any]], *, clean: Sequence[int] | None = None
) -> None:
    """Tab-separated text with a header row (cells plain, so one row per line; see :func:`plain_rows`),
    written at once."""
    lines = ["\t".join(header)]
    lines.extend("\t".join(cells) for cells in plain_rows(rows, clean))
    lines.append("")
    out.write("\n".join(lines))
