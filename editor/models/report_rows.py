"""The quality report's finished rows, kept in the working copy between runs (plain SQL, Qt-free).

* ``report_row``: one row per page × language as the last complete report made it;
* ``report_state``: the key the rows were made under, the change sequence they include and the link
  context they were resolved against;
* ``report_change``: filled by triggers (migration 0008) on every write of a table a row depends on:
  per page the sequence number of its latest change, page -1 for a change of the whole region (page
  tree, slugs, statuses, languages, region, online link results).

So a report can tell, with one indexed read, which pages changed since its rows were kept
(docs/decisions/0032-kept-report-rows.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from editor.models.store import Store

#: ``report_change.page_id`` of a change that concerns every row.
WHOLE_REGION = -1
#: ``report_change.page_id`` of the row that quiets the triggers while a unit of work notes a bulk
#: write's changes itself (migration 0009, ``Unit.marks_noted``); never committed.
NOTED_IN_BULK = -2

#: The columns of ``report_row``, in the order :func:`kept_rows` returns and :func:`save_rows` takes them.
ROW_COLUMNS = (
    "page_id", "language_code", "path", "title", "state", "words", "score", "measure", "spelling",
    "broken_links", "link_problems", "qa_warnings", "last_changed",
)  # fmt: skip


class KeptState(NamedTuple):
    """What the kept rows were made under."""

    key: str
    seq: int
    context: str


class Changes(NamedTuple):
    """What changed since a sequence number."""

    #: The newest sequence number now (rows made from what is read after this include every change up to it).
    seq: int
    #: Pages changed since; None when a change concerns the whole region.
    pages: set[int] | None


def kept_state(store: Store) -> KeptState | None:
    """The state of the kept rows (None: no rows kept)."""
    found = store.query("SELECT key, seq, context FROM report_state WHERE id = 1")
    return KeptState(*found[0]) if found else None


def changes_since(store: Store, seq: int) -> Changes:
    """The pages changed after ``seq`` (an indexed read of the few newer changes)."""
    newest = store.query("SELECT coalesce(max(seq), 0) FROM report_change")[0][0]
    pages = {int(page) for (page,) in store.query("SELECT page_id FROM report_change WHERE seq > ?", (seq,))}
    # a row of NOTED_IN_BULK is never committed; were one left, its triggers noted nothing: whole region
    return Changes(int(newest), None if WHOLE_REGION in pages or NOTED_IN_BULK in pages else pages)


def kept_rows(store: Store) -> list[Any]:
    """Every kept row (the columns of :data:`ROW_COLUMNS`)."""
    return store.query(f"SELECT {', '.join(ROW_COLUMNS)} FROM report_row")


def kept_index(store: Store) -> bytes | None:
    """The page index kept with the rows (packed by ``PageIndex.packed``; None: none kept)."""
    found = store.query("SELECT page_index FROM report_state WHERE id = 1")
    return bytes(found[0][0]) if found and found[0][0] is not None else None


def save_rows(
    store: Store,
    state: KeptState,
    rows: Iterable[tuple[Any, ...]],
    *,
    pages: Iterable[int] | None = None,
    index: bytes | None = None,
) -> None:
    """Keep ``rows`` (:data:`ROW_COLUMNS`) under ``state``, in one transaction: in place of every kept
    row with the page ``index`` of ``state``'s context (``pages`` None), or in place of the rows of
    ``pages`` (the context, and so the index, unchanged)."""
    marks = ", ".join("?" * len(ROW_COLUMNS))
    with store.transaction() as conn:
        if pages is None:
            conn.execute("DELETE FROM report_row")
        else:
            conn.executemany("DELETE FROM report_row WHERE page_id = ?", [(p,) for p in pages])
        conn.executemany(f"INSERT OR REPLACE INTO report_row VALUES ({marks})", list(rows))
        if pages is None:
            conn.execute(
                "INSERT OR REPLACE INTO report_state (id, key, seq, context, page_index) "
                "VALUES (1, ?, ?, ?, ?)",
                (state.key, state.seq, state.context, index),
            )
        else:
            conn.execute(
                "UPDATE report_state SET key = ?, seq = ?, context = ? WHERE id = 1",
                (state.key, state.seq, state.context),
            )


def forget_rows(store: Store) -> None:
    """Drop the kept rows (the next report is made the full way)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM report_state")
        conn.execute("DELETE FROM report_row")
