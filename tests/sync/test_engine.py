"""The sync decision table (house-style 3.6), one test per row, on the pure engine functions."""

from __future__ import annotations

import datetime as dt

from editor.models.enums import Status
from editor.models.store import content_hash
from editor.models.sync_reads import LocalRow
from editor.sync import engine
from editor.sync.cms_types import StoredTranslation, TreeRow

BASE = "<p>Base text</p>"
TODAY = dt.date(2026, 11, 24)


def _row(
    short: int | None = 7, title: str = "Titel", status: str = "PUBLIC", date: dt.date = TODAY
) -> TreeRow:
    return TreeRow(1, "de", 1, None, 0, title, "titel", status, date, {}, short)


def _local(
    content: str = BASE, title: str = "Titel", changed: bool = False, seen: TreeRow | None = None,
    dropped: bool = False, base: str | None = BASE, in_conflict: bool = False,
    checked: dt.datetime | None = None,
) -> LocalRow:  # fmt: skip
    token = engine.row_token(seen or _row())
    return LocalRow(
        10, 1, 1, "de", title, content, Status.PUBLIC, changed, token,
        content_hash(base) if base is not None else None, "Titel" if base is not None else None,
        base, "PUBLIC" if base is not None else None, token, TODAY,
        checked or dt.datetime(2026, 11, 24, 12), dropped, changed, in_conflict,
    )  # fmt: skip


def _remote(content: str | None, row: TreeRow | None = None, title: str = "Titel") -> engine.RemoteItem:
    row = row or _row(short=8)
    text = StoredTranslation(1, "de", title, content, False) if content is not None else None
    return engine.RemoteItem(row, text)


def _decide(
    local: LocalRow | None, remote: engine.RemoteItem | None, pages: frozenset[int] = frozenset({1})
) -> list[engine.Action]:
    return engine.decide(
        {(1, "de"): local} if local else {}, {(1, "de"): remote} if remote else {},
        frozenset({"de"}), pages,
    )  # fmt: skip


def test_engine_neither_changed_does_nothing() -> None:
    """Both sides as at the last pull (token unchanged, nothing fetched): no action at all."""
    assert _decide(_local(), engine.RemoteItem(_row())) == []


def test_engine_server_resave_without_change_is_not_an_edit() -> None:
    """Token moved, normalised content equal (the CMS's div wrapper): only the row is recorded."""
    local = _local(content="<p>a</p><p>b</p>", base="<p>a</p><p>b</p>")
    actions = _decide(local, _remote("<div><p>a</p><p>b</p></div>"))
    assert [type(a) for a in actions] == [engine.RecordSeen]


def test_engine_local_only_change_is_left_for_the_push() -> None:
    """Changed here only: the pull writes nothing (the outbox pushes it later)."""
    actions = _decide(_local(content="<p>mine</p>", changed=True), _remote(BASE))
    assert [type(a) for a in actions] == [engine.RecordSeen]


def test_engine_server_only_change_updates_working_copy() -> None:
    """Changed on the server only: take the server's text."""
    actions = _decide(_local(), _remote("<p>theirs</p>"))
    assert [(type(a), a.kind) for a in actions] == [(engine.AddFromServer, "update")]


def test_engine_both_changed_to_same_content_records_base() -> None:
    """Both sides made the same change: a new base, not a conflict."""
    actions = _decide(_local(content="<p>same</p>", changed=True), _remote("<div><p>same</p></div>"))
    assert [type(a) for a in actions] == [engine.RecordBase]


def test_engine_both_changed_differently_is_a_conflict() -> None:
    """Both sides changed differently: a conflict, nothing written on either side."""
    actions = _decide(_local(content="<p>mine</p>", changed=True), _remote("<p>theirs</p>"))
    assert [type(a) for a in actions] == [engine.MarkConflict]


def test_engine_server_title_change_counts_as_change() -> None:
    """A new title on the server is a server change too."""
    actions = _decide(_local(), _remote(BASE, title="Neuer Titel"))
    assert [type(a) for a in actions] == [engine.AddFromServer]


def test_engine_local_only_translation_is_not_touched_by_pull() -> None:
    """A translation created here and never pushed (no base) is left for the push."""
    local = _local(content="<p>neu</p>", changed=True, base=None)
    assert _decide(local, None) == []


def test_engine_server_only_translation_is_added() -> None:
    """New on the server: add it to the working copy."""
    actions = _decide(None, _remote("<p>neu</p>"))
    assert [(type(a), a.kind) for a in actions] == [(engine.AddFromServer, "add")]


def test_engine_dropped_on_server_unchanged_here_is_marked() -> None:
    """Gone from every tree (archived/deleted) while unchanged here: marked, page gone."""
    actions = _decide(_local(), None, pages=frozenset())
    assert len(actions) == 1
    assert isinstance(actions[0], engine.MarkDropped)
    assert actions[0].page_gone


def test_engine_dropped_on_server_changed_here_is_a_conflict() -> None:
    """Gone on the server while changed here: a conflict with empty "theirs"."""
    actions = _decide(_local(content="<p>mine</p>", changed=True), None)
    assert len(actions) == 1
    assert isinstance(actions[0], engine.MarkConflict)
    assert actions[0].remote is None


def test_engine_language_not_listed_is_left_alone() -> None:
    """Rows of a language whose tree was not read (RemoteEmpty) are neither dropped nor changed."""
    actions = engine.decide({(1, "de"): _local()}, {}, frozenset({"en"}), frozenset())
    assert actions == []


def test_engine_needs_fetch_with_short_link_only_when_token_moved() -> None:
    """With short links a text is fetched only for a new row id or status."""
    local = _local(seen=_row(short=7))
    assert not engine.needs_fetch(local, _row(short=7))
    assert engine.needs_fetch(local, _row(short=9))
    assert engine.needs_fetch(local, _row(short=7, status="DRAFT"))
    assert engine.needs_fetch(None, _row())


def test_engine_needs_fetch_without_short_link_checks_rows_dated_after_the_last_check() -> None:
    """Without a row id, a row dated after the day of the last comparison is checked; one dated
    that day or earlier is not (the push precondition catches a same-day change)."""
    checked = dt.datetime(2026, 11, 24, 12)
    old = _row(short=None, date=dt.date(2026, 11, 1))
    assert not engine.needs_fetch(_local(seen=old, checked=checked), old)
    same_day = _row(short=None, date=dt.date(2026, 11, 24))
    assert not engine.needs_fetch(_local(seen=same_day, checked=checked), same_day)
    later = _row(short=None, date=dt.date(2026, 11, 25))
    assert engine.needs_fetch(_local(seen=same_day, checked=checked), later)


def test_engine_needs_fetch_compares_the_cms_day_after_23_utc() -> None:
    """Checked at 23:30 UTC, it is already the next day in the CMS's trees (Berlin): a row dated that
    next day is not fetched again on every pull that evening; a row dated the day after is."""
    checked = dt.datetime(2026, 12, 1, 23, 30)  # 00:30 on 2 December in Berlin
    berlin_today = _row(short=None, date=dt.date(2026, 12, 2))
    assert not engine.needs_fetch(_local(seen=berlin_today, checked=checked), berlin_today)
    tomorrow = _row(short=None, date=dt.date(2026, 12, 3))
    assert engine.needs_fetch(_local(seen=berlin_today, checked=checked), tomorrow)
