"""Generated corruptions of a working copy built from the demo region.

Each takes the path of a closed working copy (no ``-wal`` file) and damages it in one way; it returns
the page id it damaged (or None), which the reports must then name.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.models.enums import APPLICATION_ID

PAGE_SIZE = 4096


@dataclass(frozen=True)
class Corruption:
    """One way to damage a working copy."""

    name: str
    apply: Callable[[Path], int | None]
    #: True when the damage is in one row: the file still opens and the reports must name the page.
    in_row: bool = False
    #: Also run the window on it (the cases that take a different path there than in the reports).
    window: bool = True


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def first_page(path: Path) -> int:
    """The page the window opens first (the first root page)."""
    conn = sqlite3.connect(path)
    try:
        return int(
            conn.execute("SELECT id FROM page WHERE parent_id IS NULL ORDER BY position, id").fetchone()[0]
        )
    finally:
        conn.close()


def _child_pages(path: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT id, parent_id FROM page WHERE parent_id IS NOT NULL ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def _row(column: str, value: str) -> Callable[[Path], int]:
    def apply(path: Path) -> int:
        page = first_page(path)
        _sql(
            path, f"UPDATE translation SET {column} = {value} WHERE page_id = {page} AND language_code = 'de'"
        )
        return page

    return apply


def _content(text: str) -> Callable[[Path], int]:
    """Valid but hostile page text in the page the window opens first (German)."""

    def apply(path: Path) -> int:
        page = first_page(path)
        conn = sqlite3.connect(path)
        try:
            conn.execute(
                "UPDATE translation SET content = ? WHERE page_id = ? AND language_code = 'de'", (text, page)
            )
            conn.commit()
        finally:
            conn.close()
        return page

    return apply


def _truncate(size: Callable[[int], int]) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: size(len(data))])

    return apply


def _flip(
    seed: int, start: Callable[[int], int], end: Callable[[int], int], count: int
) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        for _ in range(count):
            at = rng.randrange(start(len(data)), end(len(data)))
            data[at] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))

    return apply


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def _drop(table: str) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        _sql(path, f"DROP TABLE {table}")

    return apply


def _cycle(path: Path) -> int:
    child, parent = _child_pages(path)[0]
    _sql(path, f"UPDATE page SET parent_id = {child} WHERE id = {parent}")
    return parent


def _self_parent(path: Path) -> int:
    page = first_page(path)
    _sql(path, f"UPDATE page SET parent_id = {page} WHERE id = {page}")
    return page


def _orphan(path: Path) -> int:
    child, _parent = _child_pages(path)[0]
    _sql(path, f"UPDATE page SET parent_id = 999999 WHERE id = {child}")
    return child


def _newer_schema(path: Path) -> None:
    _sql(path, "UPDATE alembic_version SET version_num = '0099'")


def _foreign_with_our_id(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('Brot', 'backen')")
    conn.commit()
    conn.close()


def _bad_direction(path: Path) -> None:
    _sql(path, "UPDATE language SET direction = 'upside-down' WHERE code = 'ar'")


CORRUPTIONS: tuple[Corruption, ...] = (
    Corruption("truncated-to-header", _truncate(lambda n: 50), window=False),
    Corruption("truncated-to-one-page", _truncate(lambda n: PAGE_SIZE), window=False),
    Corruption("truncated-to-half", _truncate(lambda n: n // 2)),
    Corruption("truncated-last-page", _truncate(lambda n: n - PAGE_SIZE), window=False),
    Corruption("garbage", _garbage),
    Corruption("bitflip-header-1", _flip(1, lambda n: 16, lambda n: 100, 4)),
    Corruption("bitflip-header-2", _flip(2, lambda n: 16, lambda n: 100, 4), window=False),
    Corruption("bitflip-schema-page", _flip(3, lambda n: 100, lambda n: PAGE_SIZE, 16), window=False),
    Corruption("bitflip-data-pages-1", _flip(4, lambda n: PAGE_SIZE, lambda n: n, 64)),
    Corruption("bitflip-data-pages-2", _flip(5, lambda n: PAGE_SIZE, lambda n: n, 64), window=False),
    Corruption("bitflip-data-pages-3", _flip(6, lambda n: PAGE_SIZE, lambda n: n, 512), window=False),
    Corruption("dropped-translation-table", _drop("translation")),
    Corruption("dropped-outbox-table", _drop("operation"), window=False),
    Corruption("dropped-alembic-version", _drop("alembic_version"), window=False),
    Corruption("dropped-search-index", _drop("search_index"), window=False),
    Corruption("unknown-status", _row("status", "'ARCHIVED_MAYBE'"), in_row=True),
    Corruption("bad-date", _row("server_updated_at", "'31.02.2026'"), in_row=True),
    Corruption("number-as-date", _row("local_updated_at", "20260101"), in_row=True, window=False),
    Corruption(
        "invalid-utf8-content", _row("content", "CAST(X'3c703e48616c6cff6f3c2f703e' AS TEXT)"), in_row=True
    ),
    Corruption("invalid-utf8-title", _row("title", "CAST(X'c3284869' AS TEXT)"), in_row=True),
    Corruption("bad-direction", _bad_direction),
    Corruption("page-parent-cycle", _cycle),
    Corruption("page-is-its-own-parent", _self_parent),
    Corruption("orphan-page", _orphan),
    Corruption("hostile-text-20000-brackets", _content("<p>" + "[" * 20_000 + "</p>")),
    Corruption("hostile-text-10000-nested-divs", _content("<div>" * 10_000 + "x" + "</div>" * 10_000)),
    Corruption("hostile-text-1000-nested-lists", _content("<ul><li>x" * 1_000 + "</li></ul>" * 1_000)),
    Corruption(
        "hostile-text-control-characters", _content("<p>" + "".join(map(chr, range(1, 32))) * 50 + "</p>")
    ),
    Corruption("newer-schema", _newer_schema),
    Corruption("foreign-file-with-our-id", _foreign_with_our_id),
)
