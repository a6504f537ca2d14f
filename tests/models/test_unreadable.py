"""Corrupt rows: every store read raises StoreError naming page and language, never a raw error."""

from __future__ import annotations

import sqlite3

import pytest

from editor.models.errors import StoreError, UnreadableError
from editor.models.records import TranslationState
from editor.models.store import Store

BAD_UTF8 = "CAST(X'48616c6cff6f' AS TEXT)"


def _corrupt(store: Store, sql: str) -> None:
    conn = sqlite3.connect(store.path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def _first_page(store: Store) -> int:
    return store.page_tree()[0].id


@pytest.mark.parametrize(
    ("column", "value", "why"),
    [
        ("content", BAD_UTF8, "not valid UTF-8"),
        ("title", BAD_UTF8, "not valid UTF-8"),
        ("status", "'PUBLISHED_MAYBE'", "unknown status 'PUBLISHED_MAYBE'"),
        ("server_updated_at", "'yesterday'", "a date that cannot be read"),
        ("local_updated_at", "42", "a date that cannot be read"),
    ],
)
def test_unreadable_translation_names_page_and_language(
    store: Store, column: str, value: str, why: str
) -> None:
    """One bad value in a translation makes ``translation`` raise UnreadableError naming file, page
    and language; the error never contains the page text."""
    page = _first_page(store)
    _corrupt(
        store, f"UPDATE translation SET {column} = {value} WHERE page_id = {page} AND language_code = 'en'"
    )
    with pytest.raises(UnreadableError) as caught:
        store.translation(page, "en")
    message = str(caught.value)
    assert message.startswith(f"{store.path}: page {page} (en) cannot be read")
    assert why in message
    assert (caught.value.page_id, caught.value.language) == (page, "en")
    assert store.translation(page, "de") is not None


def test_unreadable_rows_are_reported_and_the_scan_goes_on(store: Store) -> None:
    """``iter_translations`` hands each unreadable row to the callback and yields all the others."""
    everything = [(t.page_id, t.language) for t in store.iter_translations()]
    page = _first_page(store)
    _corrupt(
        store, f"UPDATE translation SET content = {BAD_UTF8} WHERE page_id = {page} AND language_code = 'de'"
    )
    _corrupt(store, f"UPDATE translation SET status = 'X' WHERE page_id = {page} AND language_code = 'en'")
    bad: list[UnreadableError] = []
    good = [(t.page_id, t.language) for t in store.iter_translations(on_unreadable=bad.append)]
    assert [(e.page_id, e.language) for e in bad] == [(page, "de"), (page, "en")]
    assert good == [key for key in everything if key not in {(page, "de"), (page, "en")}]
    with pytest.raises(UnreadableError, match=f"page {page} \\(de\\)"):
        list(store.iter_translations())


def test_unreadable_tree_cell_is_shown_or_left_out_not_fatal(store: Store) -> None:
    """A title that is not UTF-8 shows with replacement characters; an unknown status leaves that
    language out of the page's cells (shown as missing); the rest of the tree reads normally."""
    page = _first_page(store)
    _corrupt(
        store, f"UPDATE translation SET title = {BAD_UTF8} WHERE page_id = {page} AND language_code = 'en'"
    )
    _corrupt(store, f"UPDATE translation SET status = 'ODD' WHERE page_id = {page} AND language_code = 'ar'")
    rows = {row.id: row for row in store.page_tree()}
    cells = rows[page].cells
    assert cells["en"].title == "Hall\ufffdo"
    assert "ar" not in cells
    assert cells["de"].state is TranslationState.UP_TO_DATE
    assert all(row.cells for pid, row in rows.items() if pid != page)


def test_unreadable_title_with_separators_does_not_break_the_tree(store: Store) -> None:
    """Control characters the tree uses as separators inside a title do not break its row."""
    page = _first_page(store)
    _corrupt(
        store,
        f"UPDATE translation SET title = 'a' || char(30) || 'b' || char(31) || 'c' WHERE page_id = {page}",
    )
    cells = store.page_tree([page])[0].cells
    assert cells["de"].title == "a b c"
    assert set(cells) == {"de", "en", "ar"}


def test_unreadable_history_and_language_raise_store_error(store: Store) -> None:
    """A bad history entry or text direction raises StoreError, not KeyError/ValueError."""
    page = _first_page(store)
    store.save_translation(page, "de", title="Neu", content="<p>neu</p>")
    _corrupt(store, "UPDATE translation_version SET saved_at = 'gestern'")
    with pytest.raises(StoreError, match=f"page {page} \\(de\\) version"):
        store.history(page, "de")
    _corrupt(store, "UPDATE language SET direction = 'sideways' WHERE code = 'ar'")
    with pytest.raises(StoreError, match=r"language 'ar' cannot be read"):
        store.languages()


def test_unreadable_search_hit_is_shown_with_replacement_characters(store: Store) -> None:
    """A search hit whose indexed text holds bad bytes comes back displayable instead of failing."""
    page = _first_page(store)
    _corrupt(
        store,
        "UPDATE search_index SET title = CAST(X'48616c6c6f77656c74ff' AS TEXT) "
        f"WHERE rowid = (SELECT id FROM translation WHERE page_id = {page} AND language_code = 'de')",
    )
    hits = store.search("Hallowelt")
    assert [(h.page_id, h.language) for h in hits] == [(page, "de")]
    assert "\ufffd" in hits[0].snippet
